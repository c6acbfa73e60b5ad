package org.mokuhyo.portal;

/**
 * Which list of a sheet a goal is in: 当年度目標 or 中期目標; {@code anchor} is the id the sheet page gives it.
 */
public enum GoalKind {

	ANNUAL("A", "当年度目標", "goal-"),

	MID_TERM("M", "中期目標", "mid-term-");

	private final String code;

	private final String label;

	private final String anchorPrefix;

	GoalKind(String code, String label, String anchorPrefix) {
		this.code = code;
		this.label = label;
		this.anchorPrefix = anchorPrefix;
	}

	/** The value of the {@code kind} column. */
	String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/** The id of the goal's table on the sheet page, e.g. goal-2 or mid-term-1. */
	public String anchor(int number) {
		return anchorPrefix + number;
	}

	static GoalKind of(String code) {
		return "M".equals(code) ? MID_TERM : ANNUAL;
	}
}
