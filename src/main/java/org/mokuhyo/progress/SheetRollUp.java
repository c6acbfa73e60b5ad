package org.mokuhyo.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;

/**
 * A sheet's progress in a quarter by {@link RollUp}'s rule: each goal's from its actions, the sheet's from its goals
 * (goals without actions left out).
 */
public record SheetRollUp(Map<UUID, RollUp.Summary> goals, RollUp.Summary sheet) {

	public static SheetRollUp of(SheetData data, Map<UUID, ActionProgress> progress) {
		Map<UUID, RollUp.Summary> goals = new LinkedHashMap<>();
		List<RollUp.Summary> withActions = new ArrayList<>();
		for (AnnualGoal goal : data.annualGoals()) {
			List<ProgressStatus> statuses = new ArrayList<>();
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					ActionProgress saved = progress.get(action.id());
					statuses.add(saved == null ? null : saved.status());
				}
			}
			RollUp.Summary summary = RollUp.of(statuses);
			goals.put(goal.id(), summary);
			if (!statuses.isEmpty()) {
				withActions.add(summary);
			}
		}
		return new SheetRollUp(goals, RollUp.ofSummaries(withActions));
	}

	public RollUp.Summary goal(UUID goalId) {
		return goals.getOrDefault(goalId, RollUp.of(List.of()));
	}
}
