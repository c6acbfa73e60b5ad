package org.mokuhyo.sheet;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.SampleSheets;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet's limits: a real sheet fits untouched, a long text is cut (only when asked), a long list refused. */
class SheetLimitsTest {

	@Test
	void aRealSheetFitsUntouched() {
		SheetData sheet = SampleSheets.full("限度部", 2024);
		SheetLimits.Fitted fitted = SheetLimits.fit(sheet);
		assertThat(fitted.sheet()).isEqualTo(sheet);
		assertThat(fitted.cuts()).isEmpty();
		assertThat(SheetLimits.excess(sheet)).isEmpty();
	}

	@Test
	void aTextOverItsLimitIsCutWhenFittedAndRefusedWhenChecked() {
		SheetData sheet = SampleSheets.full("限度部", 2024);
		String longMission = "市民".repeat(SheetLimits.TEXT); // twice the limit
		SheetData over = withMissions(sheet, List.of(sheet.missions().get(0), longMission));

		assertThat(SheetLimits.excess(over)).hasValueSatisfying(excess -> {
			assertThat(excess.code()).isEqualTo(SheetLimits.TOO_LONG);
			assertThat(excess.message()).contains("部局の使命", "20,000字以内", "40,000字");
		});
		SheetLimits.Fitted fitted = SheetLimits.fit(over);
		assertThat(fitted.sheet().missions().get(1)).hasSize(SheetLimits.TEXT).isEqualTo(longMission.substring(0, SheetLimits.TEXT));
		assertThat(fitted.sheet().missions().get(0)).isEqualTo(sheet.missions().get(0));
		assertThat(fitted.cuts()).singleElement().satisfies(cut -> {
			assertThat(cut.field()).isEqualTo("部局の使命");
			assertThat(cut.length()).isEqualTo(2 * SheetLimits.TEXT);
			assertThat(cut.message()).contains("20,000字までで切りました（元は40,000字）");
		});
		assertThat(SheetLimits.excess(fitted.sheet())).isEmpty();
	}

	@Test
	void aCutNeverSplitsASurrogatePair() {
		SheetData sheet = SampleSheets.full("限度部", 2024);
		// 𠮷 is two chars: the limit falls between its halves
		String text = "a" + "𠮷".repeat(SheetLimits.TEXT);
		String cut = SheetLimits.fit(withMissions(sheet, List.of(text))).sheet().missions().get(0);
		assertThat(cut).hasSize(SheetLimits.TEXT - 1);
		assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
	}

	@Test
	void tooManyPartsAreRefusedNotDropped() {
		SheetData sheet = SampleSheets.full("限度部", 2024);
		List<String> missions = new ArrayList<>();
		for (int i = 0; i <= SheetLimits.PARTS; i++) {
			missions.add("使命" + i);
		}
		SheetData over = withMissions(sheet, missions);
		assertThat(SheetLimits.fit(over).sheet().missions()).hasSize(SheetLimits.PARTS + 1);
		assertThat(SheetLimits.excess(over)).hasValueSatisfying(excess -> {
			assertThat(excess.code()).isEqualTo(SheetLimits.TOO_COMPLEX);
			assertThat(excess.message()).contains("部局の使命", "201件", "上限200件");
		});
	}

	@Test
	void aSheetTooLargeInAllIsRefused() {
		SheetData sheet = SampleSheets.full("限度部", 2024);
		List<String> missions = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			missions.add("あ".repeat(SheetLimits.TEXT));
		}
		assertThat(SheetLimits.excess(withMissions(sheet, missions))).hasValueSatisfying(excess -> {
			assertThat(excess.code()).isEqualTo(SheetLimits.TOO_COMPLEX);
			assertThat(excess.message()).contains("文字数が多すぎます");
		});
	}

	static SheetData withMissions(SheetData s, List<String> missions) {
		return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
				s.fiscalYearLabel(), s.department(), missions, s.policy(), s.annualGoals(), s.midTermGoals());
	}
}
