package org.mokuhyo.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.Target;

/**
 * The wording helpers of the pages: era labels, schedule kinds, targets, spans and step groups.
 */
class SheetFormatTest {

	private final SheetFormat fmt = SheetFormat.INSTANCE;

	@Test
	void eraLabelsOfFiscalYears() {
		assertThat(FiscalYearLabels.eraLabel(2024)).isEqualTo("令和6年度");
		assertThat(FiscalYearLabels.eraLabel(2019)).isEqualTo("令和元年度");
		assertThat(FiscalYearLabels.eraLabel(2020)).isEqualTo("令和2年度");
		assertThat(FiscalYearLabels.eraLabel(2018)).isEqualTo("平成30年度");
		assertThat(FiscalYearLabels.eraLabel(1989)).isEqualTo("平成元年度");
		assertThat(FiscalYearLabels.display(2024)).isEqualTo("令和6年度（2024年度）");
		assertThat(FiscalYearLabels.display(2024, "令和6年度")).isEqualTo("令和6年度（2024年度）");
		assertThat(FiscalYearLabels.display(2024, " ")).isEqualTo("令和6年度（2024年度）");
		assertThat(FiscalYearLabels.display(2024, "令和6年度(2024年度)")).isEqualTo("令和6年度(2024年度)");
	}

	@Test
	void scheduleKindsInJapanese() {
		assertThat(List.of(ScheduleKind.values()).stream()
			.map(kind -> fmt.scheduleKind(new Schedule("x", kind, null, null)))
			.toList()).containsExactly("通年", "単月", "期間", "以降", "開始", "上半期", "下半期", "その他");
		assertThat(fmt.scheduleTitle(new Schedule("通年", ScheduleKind.WHOLE_YEAR, 4, 3)))
			.isEqualTo("スケジュール: 通年（4月〜翌年3月）");
		assertThat(fmt.scheduleTitle(new Schedule("6月～11月", ScheduleKind.RANGE, 6, 11)))
			.isEqualTo("スケジュール: 期間（6月〜11月）");
		assertThat(fmt.scheduleTitle(new Schedule("1月～3月", ScheduleKind.RANGE, 1, 3)))
			.isEqualTo("スケジュール: 期間（1月〜3月）");
		assertThat(fmt.scheduleTitle(new Schedule("7月中に開始", ScheduleKind.STARTING_IN, 7, null)))
			.isEqualTo("スケジュール: 開始（7月中に開始）");
		assertThat(fmt.scheduleTitle(new Schedule("4月以降", ScheduleKind.FROM_MONTH, 4, null)))
			.isEqualTo("スケジュール: 以降（4月以降）");
		assertThat(fmt.scheduleTitle(new Schedule("随時", ScheduleKind.UNPARSED, null, null)))
			.isEqualTo("スケジュール: その他");
		assertThat(fmt.scheduleTitle(new Schedule("随時", null, null, null))).isEqualTo("スケジュール: その他");
	}

	@Test
	void targetsWithThousandsSeparators() {
		assertThat(fmt.target(new Target("参加者数", new BigDecimal("4000"), "人", null, "参加者数4,000人")))
			.isEqualTo("目標: 参加者数 4,000人");
		assertThat(fmt.target(new Target("平和展示室来館者数", new BigDecimal("10000"), "人", "年", "")))
			.isEqualTo("目標: 平和展示室来館者数 10,000人/年");
		assertThat(fmt.target(new Target(null, new BigDecimal("1.50"), "%", null, "1.5%"))).isEqualTo("目標: 1.5%");
		assertThat(fmt.target(new Target(null, new BigDecimal("1E+6"), "円", null, ""))).isEqualTo("目標: 1,000,000円");
		assertThat(fmt.target(new Target(null, null, null, null, "満足度の向上"))).isEqualTo("目標: 満足度の向上");
	}

	@Test
	void tagsAndPendingReviews() {
		assertThat(fmt.tagClass("新規")).isEqualTo("tag tag-new");
		assertThat(fmt.tagClass("拡充")).isEqualTo("tag tag-expanded");
		assertThat(fmt.tagClass("継続")).isEqualTo("tag");
		assertThat(fmt.resultsPending(null)).isTrue();
		assertThat(fmt.resultsPending(Review.PENDING)).isTrue();
		assertThat(fmt.issuesPending(new Review("実績", null))).isTrue();
		assertThat(fmt.resultsPending(new Review("実績", null))).isFalse();
		assertThat(fmt.pending()).isEqualTo("未記載（年度末に記載）");
	}

	@Test
	void fiscalYearSpans() {
		assertThat(fmt.span(step(null, null, "(1)", "A", "令和6年度(2024年度)～", 2024, null)))
			.isEqualTo("令和6年度（2024年度）〜");
		assertThat(fmt.span(step(null, null, "(1)", "A", null, 2024, null))).isEqualTo("令和6年度（2024年度）〜");
		assertThat(fmt.span(step(null, null, "(1)", "A", "令和6年度(2024年度)", 2024, null)))
			.isEqualTo("令和6年度（2024年度）");
		assertThat(fmt.span(step(null, null, null, null, "令和6年度(2024年度)", 2024, 2024))).isEqualTo("令和6年度（2024年度）");
		assertThat(fmt.span(step(null, null, null, null, "令和6年度（2024年度）～令和9年度（2027年度）", 2024, 2027)))
			.isEqualTo("令和6年度（2024年度）〜令和9年度（2027年度）");
		// wording beyond the years is shown as written, so none of it is lost
		assertThat(fmt.span(step(null, null, null, null, "令和6年度(2024年度)、取り組み見直し 令和7年度(2025年度)～", 2024, null)))
			.isEqualTo("令和6年度(2024年度)、取り組み見直し 令和7年度(2025年度)～");
		assertThat(fmt.span(step(null, null, null, null, "来年度以降", null, null))).isEqualTo("来年度以降");
		assertThat(fmt.span(step(null, null, null, null, null, null, null))).isNull();
	}

	@Test
	void stepsAreGroupedByConsecutiveHeadings() {
		MidTermGoal goal = new MidTermGoal(UUID.randomUUID(), 1, "t", "d", List.of(),
				List.of(step("①", "a", "(1)", "地域自治の推進", null, 2024, null),
						step("②", "b", "(1)", "地域自治の推進", null, 2024, null),
						step("①", "c", "(2)", "地域連携事業の実施", null, 2024, null),
						step(null, "d", null, null, null, 2024, 2027)),
				List.of(), List.of());

		List<SheetFormat.StepGroup> groups = fmt.stepGroups(goal);

		assertThat(groups).extracting(SheetFormat.StepGroup::label).containsExactly("(1)", "(2)", null);
		assertThat(groups).extracting(g -> g.steps().size()).containsExactly(2, 1, 1);
		assertThat(groups).extracting(SheetFormat.StepGroup::headed).containsExactly(true, true, false);
	}

	private static MidTermStep step(String label, String text, String groupLabel, String groupTitle, String spanText,
			Integer from, Integer to) {
		return new MidTermStep(label, text == null ? "step" : text, groupLabel, groupTitle, spanText, from, to);
	}
}
