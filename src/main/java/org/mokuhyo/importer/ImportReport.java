package org.mokuhyo.importer;

import java.util.List;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetWarning;

/**
 * What an import found: counts, the fiscal year and how it was determined, and the warnings.
 *
 * @param fiscalYearSource PARAMETER when given by the caller, otherwise a word naming where in the document it was
 *                         read from (e.g. MID_TERM_SCHEDULE)
 */
public record ImportReport(
		int goals,
		int items,
		int actions,
		int targets,
		int planLinks,
		int policyLinks,
		int midTermGoals,
		int fiscalYear,
		String fiscalYearSource,
		String fiscalYearNote,
		List<SheetWarning> warnings) {

	public ImportReport {
		warnings = List.copyOf(warnings);
	}

	public static ImportReport of(SheetData sheet, String fiscalYearSource, String fiscalYearNote,
			List<SheetWarning> warnings) {
		int items = 0;
		int actions = 0;
		int targets = 0;
		int planLinks = 0;
		int policyLinks = 0;
		for (AnnualGoal goal : sheet.annualGoals()) {
			items += goal.items().size();
			planLinks += goal.planLinks().size();
			policyLinks += goal.policyLinks().size();
			for (GoalItem item : goal.items()) {
				actions += item.actions().size();
				for (Action action : item.actions()) {
					targets += action.targets().size();
					targets += action.subItems().stream().mapToInt(s -> s.targets().size()).sum();
				}
			}
		}
		for (MidTermGoal goal : sheet.midTermGoals()) {
			planLinks += goal.planLinks().size();
			policyLinks += goal.policyLinks().size();
		}
		return new ImportReport(sheet.annualGoals().size(), items, actions, targets, planLinks, policyLinks,
				sheet.midTermGoals().size(), sheet.fiscalYear(), fiscalYearSource, fiscalYearNote, warnings);
	}
}
