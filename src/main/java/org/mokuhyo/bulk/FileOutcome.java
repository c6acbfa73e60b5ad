package org.mokuhyo.bulk;

/** What became of one file of a bulk import (取込み結果). */
public enum FileOutcome {

	IMPORTED("取込み済み"), WARNINGS("取込み済み（注意あり）"), UNCHANGED("変更なし（同じ内容の版あり）"), REFUSED("取込み不可");

	private final String label;

	FileOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
