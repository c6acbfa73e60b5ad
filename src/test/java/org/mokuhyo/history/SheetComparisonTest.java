package org.mokuhyo.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.history.SheetComparison.Change;
import org.mokuhyo.history.SheetComparison.Row;
import org.mokuhyo.kernel.CharDiff;
import org.mokuhyo.sheet.SheetData;

class SheetComparisonTest {

	private final SheetData sheet = SampleSheets.full("比較テスト部", 2024);

	@Test
	void aSheetComparedWithItselfHasNoChange() {
		SheetComparison same = SheetComparison.of(sheet, sheet);
		assertFalse(same.changed());
		assertTrue(same.rows().size() > 10, "every field is a row");
	}

	@Test
	void aChangedTitleIsMarkedByCharacter() {
		String title = sheet.annualGoals().get(0).title();
		SheetComparison c = SheetComparison.of(sheet, SampleSheets.withTitle(sheet, 0, title + "の強化"));

		List<Row> changed = c.rows().stream().filter(r -> r.change() != Change.SAME).toList();
		assertEquals(1, changed.size());
		assertTrue(changed.get(0).label().startsWith("3 当年度目標"), changed.get(0).label());
		assertTrue(changed.get(0).runs().contains(new CharDiff.Run(CharDiff.Kind.ADDED, "の強化")));
	}

	@Test
	void aRemovedGoalAndAnAddedMissionAreListedWhereTheyWere() {
		List<String> missions = new ArrayList<>(sheet.missions());
		missions.add("新しい使命");
		SheetData edited = new SheetData(null, null, sheet.municipality(), sheet.municipalityCode(), sheet.fiscalYear(),
				sheet.fiscalYearLabel(), sheet.department(), missions, sheet.policy(), sheet.annualGoals().subList(0, 1),
				sheet.midTermGoals());

		SheetComparison c = SheetComparison.of(sheet, edited);

		Row added = c.rows().stream().filter(r -> r.change() == Change.ADDED).findFirst().orElseThrow();
		assertEquals("新しい使命", added.after());
		assertTrue(c.count(Change.REMOVED) > 0);
		int lastKept = -1;
		int firstRemoved = -1;
		for (int i = 0; i < c.rows().size(); i++) {
			Row row = c.rows().get(i);
			if (row.label().startsWith("3 当年度目標" + sheet.annualGoals().get(0).number()) && row.change() == Change.SAME) {
				lastKept = i;
			}
			if (row.change() == Change.REMOVED && firstRemoved < 0) {
				firstRemoved = i;
			}
		}
		assertTrue(firstRemoved > lastKept, "the removed goal follows the goal it followed");
		assertTrue(c.rows().get(firstRemoved).label().contains(String.valueOf(sheet.annualGoals().get(1).number())));
	}
}
