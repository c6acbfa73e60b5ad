package org.mokuhyo.portal;

/**
 * A fiscal year's counts over the published sheets (of every department, or of one).
 *
 * @param sheets          published sheets (one per department)
 * @param newActions      actions and sub-points tagged 新規
 * @param expandedActions actions and sub-points tagged 拡充
 */
public record YearTotals(int fiscalYear, int sheets, int annualGoals, int priorityGoals, int midTermGoals,
		int newActions, int expandedActions) {
}
