package org.mokuhyo.web.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.GoalNotation;
import org.mokuhyo.importer.MidTermNotation;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.web.sheet.SheetFormat;

/** Every word offered for insertion is read by the notation as what the list says it means. */
class NotationWordsTest {

	@Test
	void eachScheduleWordInsertedAfterAnActionIsItsSchedule() {
		for (NotationWords.Word word : NotationWords.schedules()) {
			Action action = GoalNotation.parse("(1) 事項\n① 取組み " + word.insert(), List.of()).items().get(0).actions().get(0);
			assertThat(action.text()).as(word.insert()).isEqualTo("取組み");
			assertThat(action.schedule().kind()).as(word.insert()).isNotEqualTo(ScheduleKind.UNPARSED);
			assertThat(SheetFormat.INSTANCE.scheduleTitle(action.schedule())).isEqualTo("スケジュール: " + word.meaning());
		}
		assertThat(NotationWords.schedules()).extracting(NotationWords.Word::meaning)
			.contains("通年（4月〜翌年3月）", "上半期（4月〜9月）", "期間（7月〜翌年2月）", "以降（4月以降）");
	}

	@Test
	void eachTagInsertedAfterAnActionIsItsTag() {
		for (NotationWords.Word word : NotationWords.tags()) {
			Action action = GoalNotation.parse("(1) 事項\n① 取組み " + word.insert(), List.of()).items().get(0).actions().get(0);
			assertThat(action.tags()).as(word.insert()).containsExactly(word.insert().substring(1, word.insert().length() - 1));
			assertThat(action.text()).isEqualTo("取組み");
		}
	}

	@Test
	void eachSpanInsertedAfterAStepIsReadWithTheSheetsYears() {
		List<NotationWords.Word> words = NotationWords.spans(2024);
		assertThat(words).extracting(NotationWords.Word::insert)
			.containsExactly("令和6年度(2024年度)", "令和7年度(2025年度)", "令和8年度(2026年度)", "令和9年度(2027年度)",
					"令和6年度(2024年度)～", "令和6年度(2024年度)～令和9年度(2027年度)");
		List<MidTermStep> steps = MidTermNotation.parseSteps(
				String.join("\n", words.stream().map(w -> "① 工程 " + w.insert()).toList())).steps();
		assertThat(steps).extracting(MidTermStep::fromYear).containsExactly(2024, 2025, 2026, 2027, 2024, 2024);
		assertThat(steps).extracting(MidTermStep::toYear).containsExactly(2024, 2025, 2026, 2027, null, 2027);
		assertThat(steps).extracting(MidTermStep::text).containsOnly("工程");
	}
}
