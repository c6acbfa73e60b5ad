package org.mokuhyo.sheet.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.mokuhyo.sheet.Target;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every save reads its snapshot back as the pages will: a version no page could read (here a target value over
 * Jackson's number length, which only a caller bypassing the parsers' bounds can give) is refused and nothing of it
 * is stored, neither for a new sheet nor as a new version of one that exists.
 */
@IntegrationTest
class SnapshotReadBackTest {

	@Autowired
	SheetStore store;

	@Test
	void aSnapshotThatWouldNotReadBackIsNotStored() {
		SheetData good = SampleSheets.full("読み戻し部", 2031);
		SheetData poisoned = withFirstTarget(good, new BigDecimal("7".repeat(1100)));

		assertThatThrownBy(() -> store.save(poisoned, List.of(), "poisoned.txt"))
			.isInstanceOfSatisfying(SnapshotUnreadableException.class, ex -> {
				assertThat(ex.code()).isEqualTo(SnapshotUnreadableException.SNAPSHOT_UNREADABLE);
				assertThat(ex.refusedSave()).isTrue();
				assertThat(ex.getMessage()).contains("保存しませんでした");
			});
		assertThat(store.find(SampleSheets.MUNICIPALITY, "読み戻し部", 2031)).isEmpty();

		var saved = store.save(good, List.of(), "good.txt");
		assertThatThrownBy(() -> store.save(poisoned, List.of(), "poisoned.txt"))
			.isInstanceOf(SnapshotUnreadableException.class);
		assertThat(store.versions(saved.id())).hasSize(1);
		assertThat(store.find(saved.id()).orElseThrow().version()).isEqualTo(1);
	}

	private static SheetData withFirstTarget(SheetData sheet, BigDecimal value) {
		AnnualGoal goal = sheet.annualGoals().get(0);
		GoalItem item = goal.items().get(0);
		Action action = item.actions().stream().filter(a -> !a.targets().isEmpty()).findFirst().orElseThrow();
		Target target = action.targets().get(0);
		Action changed = new Action(action.id(), action.label(), action.text(), action.subItems(), action.schedule(),
				action.tags(), List.of(new Target(target.label(), value, target.unit(), target.per(), target.text())));
		GoalItem newItem = new GoalItem(item.id(), item.label(), item.text(),
				item.actions().stream().map(a -> a == action ? changed : a).toList());
		AnnualGoal newGoal = new AnnualGoal(goal.id(), goal.number(), goal.title(), goal.priority(),
				goal.items().stream().map(i -> i == item ? newItem : i).toList(), goal.planLinks(), goal.policyLinks(), goal.review());
		List<AnnualGoal> goals = new java.util.ArrayList<>(sheet.annualGoals());
		goals.set(0, newGoal);
		return new SheetData(sheet.id(), sheet.version(), sheet.municipality(), sheet.municipalityCode(),
				sheet.fiscalYear(), sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(), goals,
				sheet.midTermGoals());
	}
}
