package org.mokuhyo.portal;

/**
 * Which goals of the published sheets a list holds.
 */
public sealed interface GoalFilter {

	/** Goals linked to the 総合計画 node of that (canonical) code or to a node under it. */
	record PlanNode(String code) implements GoalFilter {
	}

	/** Goals linked to the 基本政策 of that number. */
	record Policy(int number) implements GoalFilter {
	}

	/** 【重点】 annual goals. */
	record Priority() implements GoalFilter {
	}
}
