package org.mokuhyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportReport;
import org.mokuhyo.sheet.SheetWarning;

class ReportTextTest {

	@Test
	void countsTheYearAndEachWarningWithItsLine() {
		ImportReport report = new ImportReport(5, 20, 60, 3, 12, 10, 7, 2024, "MID_TERM_SCHEDULE", "令和6年度から",
				List.of(new SheetWarning(12, 3, "UNPLACED_TEXT", "どこにも入らない文があります", "※別紙参照"),
						new SheetWarning(40, null, "UNREAD_SCHEDULE", "スケジュールを読み取れません", null)));

		assertEquals(List.of(
				"当年度目標 5件、取組み事項 20件、取組み内容 60件、目標値 3件、総合計画 12件、基本政策 10件、中期目標 7件",
				"年度: 2024年度（文書から読み取り: MID_TERM_SCHEDULE、令和6年度から）",
				"警告 2件",
				"  12行目 3列 [UNPLACED_TEXT] どこにも入らない文があります 「※別紙参照」",
				"  40行目 [UNREAD_SCHEDULE] スケジュールを読み取れません"), ReportText.lines(report));
	}

	@Test
	void namesAYearGivenByTheCaller() {
		ImportReport report = new ImportReport(0, 0, 0, 0, 0, 0, 0, 2025, "PARAMETER", null, List.of());

		assertEquals(List.of("当年度目標 0件、取組み事項 0件、取組み内容 0件、目標値 0件、総合計画 0件、基本政策 0件、中期目標 0件",
				"年度: 2025年度（指定による）", "警告なし"), ReportText.lines(report));
	}
}
