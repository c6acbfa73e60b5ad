package org.mokuhyo.cli;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.importer.ImportReport;
import org.mokuhyo.sheet.SheetWarning;

/**
 * An import report as lines for people.
 */
final class ReportText {

	private ReportText() {
	}

	static List<String> lines(ImportReport report) {
		List<String> lines = new ArrayList<>();
		lines.add("当年度目標 %d件、取組み事項 %d件、取組み内容 %d件、目標値 %d件、総合計画 %d件、基本政策 %d件、中期目標 %d件"
				.formatted(report.goals(), report.items(), report.actions(), report.targets(), report.planLinks(),
						report.policyLinks(), report.midTermGoals()));
		String source = "PARAMETER".equals(report.fiscalYearSource()) ? "指定による"
				: "文書から読み取り: " + report.fiscalYearSource();
		String note = report.fiscalYearNote() == null || report.fiscalYearNote().isBlank() ? ""
				: "、" + report.fiscalYearNote();
		lines.add("年度: %d年度（%s%s）".formatted(report.fiscalYear(), source, note));
		lines.add(report.warnings().isEmpty() ? "警告なし" : "警告 %d件".formatted(report.warnings().size()));
		for (SheetWarning warning : report.warnings()) {
			String place = warning.column() == null ? "%d行目".formatted(warning.line())
					: "%d行目 %d列".formatted(warning.line(), warning.column());
			String text = warning.text() == null || warning.text().isBlank() ? "" : "「" + warning.text() + "」";
			lines.add("  %s [%s] %s %s".formatted(place, warning.code(), warning.message(), text).stripTrailing());
		}
		return lines;
	}
}
