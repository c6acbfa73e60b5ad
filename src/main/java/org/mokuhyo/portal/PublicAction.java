package org.mokuhyo.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mokuhyo.workflow.Phase;

/**
 * An action (取組み内容) of a published sheet's annual goal, or one of its sub-points, for lists across sheets.
 *
 * @param label    the action's label (①); for a sub-point the label of its action
 * @param subPoint true for a sub-point (a list entry under the action)
 * @param schedule the schedule as the sheet words it, null when none
 */
public record PublicAction(UUID sheetId, int fiscalYear, String department, int goalNumber, String goalTitle,
		String itemLabel, String label, boolean subPoint, String text, List<String> tags, String schedule,
		LocalDate asOf, Phase phase) {

	public PublicAction {
		tags = List.copyOf(tags);
	}

	/** The id of the action's goal on its sheet's page. */
	public String anchor() {
		return GoalKind.ANNUAL.anchor(goalNumber);
	}
}
