package org.mokuhyo.search;

import java.util.Locale;

/**
 * The kinds of text searched, each its own field of the index so a hit can say where it matched. In the order a hit
 * names them when several match; the weight favours a goal whose title or item names the words over one that
 * mentions them in passing.
 */
public enum MatchedField {

	TITLE("目標", 4f),
	ITEM("取組み事項", 2f),
	ACTION("取組み内容", 1.5f),
	SUB_ITEM("取組み内容（細目）", 1f),
	TARGET("目標値", 1f),
	REVIEW_RESULTS("実績", 1f),
	REVIEW_ISSUES("課題・今後の方向性", 1f),
	MID_TERM_DESCRIPTION("取組みにあたっての課題・めざす成果", 1.5f),
	MID_TERM_STEP("スケジュール（工程）", 1f),
	LINK("総合計画・基本政策", 0.5f),
	MISSION("部局の使命", 1f),
	POLICY("取り組み方針", 1f),
	SUMMARY("取り組みの総括", 1f);

	private final String label;

	private final float weight;

	MatchedField(String label, float weight) {
		this.label = label;
		this.weight = weight;
	}

	/** As the sheet names the part, e.g. 取組み内容. */
	public String label() {
		return label;
	}

	float weight() {
		return weight;
	}

	/** The index field: text_action … */
	String field() {
		return "text_" + name().toLowerCase(Locale.ROOT);
	}
}
