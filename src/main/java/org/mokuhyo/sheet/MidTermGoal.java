package org.mokuhyo.sheet;

import java.util.List;
import java.util.UUID;

/**
 * 中期目標 (概ね今後4年間): a mid-term goal.
 *
 * @param description      取組みにあたっての課題・めざす成果, as text (its items joined by line breaks)
 * @param descriptionItems the same, structured
 * @param steps            スケジュール(工程), in order
 */
public record MidTermGoal(
		UUID id,
		int number,
		String title,
		String description,
		List<DescriptionItem> descriptionItems,
		List<MidTermStep> steps,
		List<PlanLink> planLinks,
		List<PolicyLink> policyLinks) {

	public MidTermGoal {
		descriptionItems = List.copyOf(descriptionItems);
		steps = List.copyOf(steps);
		planLinks = List.copyOf(planLinks);
		policyLinks = List.copyOf(policyLinks);
	}
}
