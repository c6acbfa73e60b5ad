package org.mokuhyo.workflow;

/**
 * Which half of the year's cycle a sheet is in (段階). The same states and steps serve both, with different rules:
 * the plan goes through a hearing, the year-end review does not.
 */
public enum Phase {

	/** 目標設定: the year's sheet is drafted, heard, revised, approved and published (spring). */
	PLAN("目標設定"),

	/** 振り返り: from the fourth quarter the 実績, 課題・今後の方向性 and 総括 are written, approved and published. */
	REVIEW("振り返り");

	private final String label;

	Phase(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
