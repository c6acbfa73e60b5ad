package org.mokuhyo.workflow;

/**
 * Where a sheet stands in the cycle (シートの状態). A published sheet that is edited again goes back to
 * {@link #DRAFT}, while its published version stays what the public reads until the next publication.
 */
public enum SheetStatus {

	/** 下書き: being written or revised by the department. */
	DRAFT("下書き"),

	/** 提出済み: submitted by the department, waiting for the hearing. */
	SUBMITTED("提出済み"),

	/** ヒアリング実施済み: the mayor's office has held the hearing; the department revises. */
	HEARING_HELD("ヒアリング実施済み"),

	/** 再提出済み: revised after the hearing and submitted again, waiting for approval. */
	RESUBMITTED("再提出済み"),

	/** 承認済み: approved by the department head and the mayor's office, waiting for publication. */
	APPROVED("承認済み"),

	/** 公表済み: published; the published version is fixed. */
	PUBLISHED("公表済み");

	private final String label;

	SheetStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the department may change the sheet's content in this state (a published one: as a new draft). */
	public boolean editable() {
		return this == DRAFT || this == HEARING_HELD || this == PUBLISHED;
	}
}
