package org.mokuhyo.web.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.Quarter;
import org.mokuhyo.web.PageText;

/**
 * A sheet's dashboard in the page's language. {@link DashboardTimeline}, {@link DashboardTargets} and
 * {@link DashboardStatusMix} word their rows in Japanese (目標1 (1)②, 4月〜3月, 報告なし); this turns those words into
 * the page's: on a Japanese page they are shown as they are.
 */
final class DashboardFormat {

	private final PageText text;

	DashboardFormat(PageText text) {
		this.text = text;
	}

	/** 目標1 (1)② → Goal 1 (1)②: the sheet's labels stay. */
	public String place(int goalNumber, String place) {
		String japanese = "目標" + goalNumber;
		if (!text.english() || !place.startsWith(japanese)) {
			return place;
		}
		return text.get("dashboard.sheet.goal", goalNumber) + place.substring(japanese.length());
	}

	/** The fiscal year's month at {@code index} (0 = April): 4月, or Apr. */
	public String month(int index) {
		return text.get("dashboard.sheet.month." + ((index + 3) % 12 + 1));
	}

	/** 7月〜2月, or why there is no bar. */
	public String period(DashboardTimeline.Row row) {
		if (row.span().isPresent()) {
			DashboardTimeline.Span span = row.span().get();
			return span.start() == span.end() ? month(span.start())
					: text.get("dashboard.sheet.months", month(span.start()), month(span.end()));
		}
		return text.get(row.schedule() == null ? "dashboard.sheet.no-schedule" : "dashboard.sheet.unread-schedule");
	}

	/** 第1四半期（4月〜6月） */
	public String quarter(Quarter quarter) {
		int first = (quarter.number() - 1) * 3;
		return text.get("dashboard.sheet.quarter", quarter.number(), month(first), month(first + 2));
	}

	/** A quarter's actual: 報告なし / 実績値なし are the page's words, 2,000人（50%） keeps the sheet's unit. */
	public String actual(DashboardTargets.Cell cell) {
		if (!text.english()) {
			return cell.text();
		}
		return switch (cell.text()) {
			case DashboardTargets.NO_REPORT -> text.get("dashboard.sheet.no-report");
			case DashboardTargets.NO_ACTUAL -> text.get("dashboard.sheet.no-actual");
			default -> cell.text().replace("（", " (").replace("）", ")");
		};
	}

	/** The status columns (完了, 順調 … 未報告) in the page's language. */
	public List<String> statuses() {
		List<String> labels = new ArrayList<>();
		DashboardStatusMix.ORDER.forEach(s -> labels.add(text.get("progress.status." + s.name())));
		labels.add(text.get("progress.status.UNREPORTED"));
		return labels;
	}

	/** A goal's rolled-up status, given by its Japanese label (順調, 未報告 …). */
	public String status(String japaneseLabel) {
		for (ProgressStatus status : ProgressStatus.values()) {
			if (status.label().equals(japaneseLabel)) {
				return text.get("progress.status." + status.name());
			}
		}
		return DashboardStatusMix.UNREPORTED.equals(japaneseLabel) ? text.get("progress.status.UNREPORTED")
				: japaneseLabel;
	}
}
