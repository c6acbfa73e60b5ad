package org.mokuhyo.history;

import java.util.List;

/**
 * The counts of a year-over-year comparison. Goals: kept (some of them renumbered, some changed), added and dropped,
 * 当年度目標 and 中期目標 apart. Items, actions, targets, links and 【重点】 are counted within the kept goals only (an
 * added goal's actions are all new; counting them again says nothing).
 */
public record YearSummary(int keptGoals, int renumberedGoals, int changedGoals, int addedGoals, int droppedGoals,
		int keptMidTermGoals, int changedMidTermGoals, int addedMidTermGoals, int droppedMidTermGoals, int itemsAdded,
		int itemsDropped, int itemsChanged, int actionsAdded, int actionsDropped, int actionsChanged, int targetsRaised,
		int targetsLowered, int targetsChanged, int targetsAdded, int targetsDropped, int linksAdded, int linksRemoved,
		int priorityGained, int priorityLost) {

	static YearSummary of(List<GoalComparison> annual, List<GoalComparison> midTerm) {
		List<GoalComparison> kept = annual.stream().filter(g -> g.change().kept()).toList();
		List<GoalComparison> keptMid = midTerm.stream().filter(g -> g.change().kept()).toList();
		List<GoalComparison> allKept = java.util.stream.Stream.concat(kept.stream(), keptMid.stream()).toList();
		return new YearSummary(kept.size(), (int) kept.stream().filter(GoalComparison::renumbered).count(),
				count(kept, Difference.CHANGED), count(annual, Difference.ADDED), count(annual, Difference.DROPPED),
				keptMid.size(), count(keptMid, Difference.CHANGED), count(midTerm, Difference.ADDED),
				count(midTerm, Difference.DROPPED), lines(kept, AnnualGoalDiff.ITEM, Difference.ADDED),
				lines(kept, AnnualGoalDiff.ITEM, Difference.DROPPED), lines(kept, AnnualGoalDiff.ITEM, Difference.CHANGED),
				lines(kept, AnnualGoalDiff.ACTION, Difference.ADDED),
				lines(kept, AnnualGoalDiff.ACTION, Difference.DROPPED),
				lines(kept, AnnualGoalDiff.ACTION, Difference.CHANGED), targets(kept, TargetChange.Movement.RAISED),
				targets(kept, TargetChange.Movement.LOWERED), targets(kept, TargetChange.Movement.CHANGED),
				targets(kept, TargetChange.Movement.ADDED), targets(kept, TargetChange.Movement.DROPPED),
				(int) allKept.stream().mapToLong(g -> g.links(Difference.ADDED)).sum(),
				(int) allKept.stream().mapToLong(g -> g.links(Difference.DROPPED)).sum(),
				(int) kept.stream().filter(GoalComparison::priorityGained).count(),
				(int) kept.stream().filter(GoalComparison::priorityLost).count());
	}

	/** Whether the two years differ at all (a renumbering alone included). */
	public boolean anyChange() {
		return renumberedGoals + changedGoals + addedGoals + droppedGoals + changedMidTermGoals + addedMidTermGoals
				+ droppedMidTermGoals > 0;
	}

	private static int count(List<GoalComparison> goals, Difference change) {
		return (int) goals.stream().filter(g -> g.change() == change).count();
	}

	private static int lines(List<GoalComparison> goals, String part, Difference change) {
		return (int) goals.stream().mapToLong(g -> g.count(part, change)).sum();
	}

	private static int targets(List<GoalComparison> goals, TargetChange.Movement movement) {
		return (int) goals.stream().mapToLong(g -> g.count(movement)).sum();
	}
}
