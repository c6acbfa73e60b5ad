package org.mokuhyo.token;

/**
 * What a token may do: which write endpoints of the API accept it. Stored by name in {@code api_token.scopes}.
 */
public enum TokenScope {

	/** Quarterly progress updates (進行管理) of its departments' sheets. */
	PROGRESS("進行管理の更新"),

	/** Importing its departments' sheets (never as published). */
	IMPORT("目標シートの取込み");

	private final String label;

	TokenScope(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
