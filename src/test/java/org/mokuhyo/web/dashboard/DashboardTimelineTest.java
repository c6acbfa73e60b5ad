package org.mokuhyo.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.ScheduleParser;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.web.dashboard.DashboardTimeline.Row;
import org.mokuhyo.web.dashboard.DashboardTimeline.Span;

/**
 * The timeline of the sheet dashboard: where each schedule wording, as the sheets' own parser reads it, lies in the
 * fiscal year April → March (0 = April … 11 = March).
 */
class DashboardTimelineTest {

	@ParameterizedTest(name = "{0} → {3}")
	@CsvSource({
			"通年, 0, 11, 4月〜3月",
			"通年実施, 0, 11, 4月〜3月",
			"7~2月, 3, 10, 7月〜2月",
			"７～２月, 3, 10, 7月〜2月",
			"下半期, 6, 11, 10月〜3月",
			"上半期, 0, 5, 4月〜9月",
			"11月, 7, 7, 11月",
			"4月, 0, 0, 4月",
			"3月, 11, 11, 3月",
			"1月～3月, 9, 11, 1月〜3月",
			"12月～3月, 8, 11, 12月〜3月",
			"4月以降, 0, 11, 4月〜3月",
			"10月~, 6, 11, 10月〜3月",
			"7月中に開始, 3, 11, 7月〜3月",
			"第1四半期, 0, 2, 4月〜6月",
			"第4四半期, 9, 11, 1月〜3月" })
	void aReadScheduleLiesOnItsMonthsOfTheFiscalYear(String wording, int start, int end, String label) {
		Schedule schedule = ScheduleParser.parse(wording).orElseThrow();
		Optional<Span> span = DashboardTimeline.span(schedule);
		assertThat(span).contains(new Span(start, end));
		assertThat(span.get().label()).isEqualTo(label);
		for (int month = 0; month < 12; month++) {
			assertThat(span.get().covers(month)).as(wording + " month " + month).isEqualTo(month >= start && month <= end);
		}
	}

	@ParameterizedTest
	@CsvSource({ "3~4月", "2月~7月", "13月", "0月" })
	void anUnreadableScheduleHasNoPlace(String wording) {
		Schedule schedule = ScheduleParser.parse(wording).orElseThrow();
		assertThat(schedule.kind()).isEqualTo(ScheduleKind.UNPARSED);
		assertThat(DashboardTimeline.span(schedule)).isEmpty();
	}

	@Test
	void kindsAreReadFromTheirMonthsWhateverTheWordingAndBadMonthsPlaceNothing() {
		// as stored by hand (tests, older imports): an open end reads as the year's end
		assertThat(DashboardTimeline.span(new Schedule("4月以降", ScheduleKind.FROM_MONTH, 4, null)))
			.contains(new Span(0, 11));
		assertThat(DashboardTimeline.span(new Schedule("9月", ScheduleKind.MONTH, 9, null))).contains(new Span(5, 5));
		assertThat(DashboardTimeline.span(new Schedule("?", ScheduleKind.RANGE, 2, 7))).isEmpty();
		assertThat(DashboardTimeline.span(new Schedule("?", ScheduleKind.MONTH, 13, 13))).isEmpty();
		assertThat(DashboardTimeline.span(new Schedule("?", ScheduleKind.RANGE, null, 3))).isEmpty();
		assertThat(DashboardTimeline.span(new Schedule("?", null, 4, 3))).isEmpty();
		assertThat(DashboardTimeline.span(null)).isEmpty();
		for (ScheduleKind kind : ScheduleKind.values()) {
			Optional<Span> span = DashboardTimeline.span(new Schedule("x", kind, 7, 2));
			assertThat(span.isPresent()).as(kind.name()).isEqualTo(kind != ScheduleKind.UNPARSED);
		}
	}

	@Test
	void theSheetsActionsInOrderWithSubPointsOfTheirOwnScheduleAndTheUnreadOnesSaidSo() {
		SheetData sheet = org.mokuhyo.SampleSheets.full("時間部", 2024);
		List<Row> rows = DashboardTimeline.of(sheet);
		assertThat(rows).extracting(Row::place)
			.containsExactly("目標1 (1)①", "目標1 (1)②", "目標1 (1)②・", "目標1 (2)", "目標2 (1)①");
		assertThat(rows).extracting(Row::period)
			.containsExactly("4月〜3月", "11月", "7月〜2月", "スケジュールの記載なし", "4月〜3月");
		assertThat(rows.get(2).subPoint()).isTrue();
		assertThat(rows.get(2).text()).isEqualTo("高校生世代向け講座");
		assertThat(rows.get(3).unread()).isFalse();

		Row unread = new Row(1, "目標1 (1)①", "取組み", false, "随時", Optional.empty());
		assertThat(unread.unread()).isTrue();
		assertThat(unread.period()).isEqualTo("読み取れないスケジュール");
	}
}
