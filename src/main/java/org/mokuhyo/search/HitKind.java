package org.mokuhyo.search;

/**
 * What a hit is: an annual goal, a mid-term goal, or the sheet's 使命・方針 (one per sheet).
 */
public enum HitKind {

	ANNUAL_GOAL("当年度目標", "goal-"),
	MID_TERM_GOAL("中期目標", "mid-term-"),
	SHEET("使命・方針", "policy");

	private final String label;

	private final String anchor;

	HitKind(String label, String anchor) {
		this.label = label;
		this.anchor = anchor;
	}

	public String label() {
		return label;
	}

	/** The fragment of the sheet page where the hit is drawn: goal-2, mid-term-1, policy. */
	public String anchor(Integer number) {
		return this == SHEET || number == null ? anchor : anchor + number;
	}
}
