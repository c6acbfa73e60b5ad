package org.mokuhyo.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.ScheduleKind;

class GoalNotationTest {

	private static final String TEXT = """
			(1) 項目の文
			① 行動の文 (7~2月) [新規] 参加者数4,000人
			・サブ項目の文 [拡充]
			② 二つ目の行動
			(２) 全角の番号
			・番号のない行動
			  ・その下のサブ項目
			""";

	@Test
	void readsItemsActionsAndSubPointsAsTheImporterReadsTheirWording() {
		GoalNotation.Parsed parsed = GoalNotation.parse(TEXT, List.of());
		assertThat(parsed.ok()).isTrue();
		List<GoalItem> items = parsed.items();
		assertThat(items).extracting(GoalItem::label).containsExactly("(1)", "(2)");
		Action first = items.get(0).actions().get(0);
		assertThat(first.text()).isEqualTo("行動の文 参加者数4,000人");
		assertThat(first.schedule().kind()).isEqualTo(ScheduleKind.RANGE);
		assertThat(first.tags()).containsExactly("新規");
		assertThat(first.targets()).singleElement().satisfies(t -> assertThat(t.unit()).isEqualTo("人"));
		assertThat(first.subItems()).singleElement().satisfies(s -> assertThat(s.tags()).containsExactly("拡充"));
		Action unlabelled = items.get(1).actions().get(0);
		assertThat(unlabelled.label()).isNull();
		assertThat(unlabelled.subItems()).extracting(s -> s.text()).containsExactly("その下のサブ項目");
	}

	@Test
	void renderingReadsBackToTheSameItems() {
		List<GoalItem> items = GoalNotation.parse(TEXT, List.of()).items();
		assertThat(GoalNotation.parse(GoalNotation.render(items), List.of()).items()).isEqualTo(items);
	}

	@Test
	void anActionBeforeAnyItemNamesItsLine() {
		assertThat(GoalNotation.parse("\n\n① 行動", List.of()).error()).startsWith("3行目: ");
		assertThat(GoalNotation.parse("(1) 項目\n説明だけの行", List.of()).error()).startsWith("2行目: ");
		assertThat(GoalNotation.parse("(1) 項目\n  ・字下げ", List.of()).error()).startsWith("2行目: ");
	}

	@Test
	void aReadingNamesEveryLineItCannotPlaceAndKeepsTheOthers() {
		GoalNotation.Reading reading = GoalNotation.read("① 項目より前\n(1) 項目\n説明だけの行\n① 行動\n(2) 次\n  ・字下げ", List.of());
		assertThat(reading.problems()).extracting(GoalNotation.Problem::line).containsExactly(1, 3, 6);
		assertThat(reading.problems().get(1).text()).isEqualTo("説明だけの行");
		assertThat(reading.items()).extracting(GoalItem::label).containsExactly("(1)", "(2)");
		assertThat(reading.items().get(0).actions()).extracting(Action::text).containsExactly("行動");
		assertThat(GoalNotation.parse("① 項目より前\n(1) 項目\n説明だけの行", List.of()).error()).startsWith("1行目: ");
	}
}
