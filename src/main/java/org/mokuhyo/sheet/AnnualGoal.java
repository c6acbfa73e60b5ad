package org.mokuhyo.sheet;

import java.util.List;
import java.util.UUID;

/**
 * 当年度目標: one numbered goal of the year.
 *
 * @param priority true when the title carries 【重点】
 */
public record AnnualGoal(
		UUID id,
		int number,
		String title,
		boolean priority,
		List<GoalItem> items,
		List<PlanLink> planLinks,
		List<PolicyLink> policyLinks,
		Review review) {

	public AnnualGoal {
		items = List.copyOf(items);
		planLinks = List.copyOf(planLinks);
		policyLinks = List.copyOf(policyLinks);
	}
}
