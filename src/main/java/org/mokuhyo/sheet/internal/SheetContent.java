package org.mokuhyo.sheet.internal;

import java.util.List;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;

/**
 * What a sheet says, apart from where it is stored: two sheets with equal content are the same version. Ids and the
 * version are dropped, and target values compare by number (4000 equals 4000.0).
 */
final class SheetContent {

	private SheetContent() {
	}

	static boolean same(SheetData a, SheetData b) {
		return of(a).equals(of(b));
	}

	static SheetData of(SheetData sheet) {
		return new SheetData(null, null, sheet.municipality(), sheet.municipalityCode(), sheet.fiscalYear(),
				sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(),
				sheet.annualGoals().stream().map(SheetContent::goal).toList(),
				sheet.midTermGoals().stream().map(SheetContent::midTermGoal).toList());
	}

	private static AnnualGoal goal(AnnualGoal goal) {
		return new AnnualGoal(null, goal.number(), goal.title(), goal.priority(),
				goal.items().stream().map(SheetContent::item).toList(), goal.planLinks(), goal.policyLinks(),
				goal.review());
	}

	private static GoalItem item(GoalItem item) {
		return new GoalItem(null, item.label(), item.text(), item.actions().stream().map(SheetContent::action).toList());
	}

	private static Action action(Action action) {
		return new Action(null, action.label(), action.text(),
				action.subItems().stream().map(SheetContent::subItem).toList(), action.schedule(), action.tags(),
				targets(action.targets()));
	}

	private static SubItem subItem(SubItem sub) {
		return new SubItem(sub.text(), sub.tags(), targets(sub.targets()), sub.schedule());
	}

	private static List<Target> targets(List<Target> targets) {
		return targets.stream()
				.map(t -> new Target(t.label(), t.value() == null ? null : t.value().stripTrailingZeros(), t.unit(),
						t.per(), t.text()))
				.toList();
	}

	private static MidTermGoal midTermGoal(MidTermGoal goal) {
		return new MidTermGoal(null, goal.number(), goal.title(), goal.description(), goal.descriptionItems(),
				goal.steps(), goal.planLinks(), goal.policyLinks());
	}
}
