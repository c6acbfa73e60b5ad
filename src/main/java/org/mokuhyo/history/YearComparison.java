package org.mokuhyo.history;

import java.util.List;

import org.mokuhyo.sheet.SheetData;

/**
 * A department's sheets of two fiscal years side by side (経年比較). The ids a save keeps do not carry over to
 * another year (next year's sheet is a copy), and goals are renumbered, reworded, added and dropped, so goals are
 * paired by content: the character bigrams of the title and of everything under it, best pairs first, above a
 * threshold; a goal that only moved number is kept. 当年度目標 and 中期目標 are paired apart. Within a kept goal its
 * items and actions (中期目標: description items and steps) are paired the same way and marked by character
 * ({@link org.mokuhyo.kernel.CharDiff}), its targets compared by value, its links and 【重点】 by presence. Pure.
 *
 * @param annualGoals   every 当年度目標 of either year, in the newer year's order, a dropped one after the goal it
 *                      followed
 * @param midTermGoals  the same for the 中期目標
 */
public record YearComparison(int olderYear, int newerYear, YearSummary summary, List<GoalComparison> annualGoals,
		List<GoalComparison> midTermGoals) {

	public YearComparison {
		annualGoals = List.copyOf(annualGoals);
		midTermGoals = List.copyOf(midTermGoals);
	}

	public static YearComparison of(SheetData older, SheetData newer) {
		List<GoalComparison> annual = AnnualGoalDiff.compare(older.annualGoals(), newer.annualGoals());
		List<GoalComparison> midTerm = MidTermGoalDiff.compare(older.midTermGoals(), newer.midTermGoals());
		return new YearComparison(older.fiscalYear(), newer.fiscalYear(), YearSummary.of(annual, midTerm), annual,
				midTerm);
	}

	/** The 当年度目標 kept (継続), added (新規) or dropped (終了): {@code kept} takes the same and the changed. */
	public List<GoalComparison> annual(Difference change) {
		return select(annualGoals, change);
	}

	public List<GoalComparison> midTerm(Difference change) {
		return select(midTermGoals, change);
	}

	private static List<GoalComparison> select(List<GoalComparison> goals, Difference change) {
		return goals.stream()
			.filter(g -> change.kept() ? g.change().kept() : g.change() == change)
			.toList();
	}
}
