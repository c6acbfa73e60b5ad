package org.mokuhyo.web.sheet;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.sheet.FiscalSpan;
import org.mokuhyo.sheet.FiscalSpanParser;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.Target;

/**
 * Wording of the sheet page that is not in the data as such: schedule kinds, targets, fiscal-year spans, grouped
 * mid-term steps. Given to the templates as {@code fmt}; stateless.
 */
public final class SheetFormat {

	/** Shown where the source still reads 【今年度末に記載】. */
	static final String PENDING = "未記載（年度末に記載）";

	public static final SheetFormat INSTANCE = new SheetFormat();

	private SheetFormat() {
	}

	public String pending() {
		return PENDING;
	}

	public String fiscalYear(int fiscalYear, String eraLabel) {
		return FiscalYearLabels.display(fiscalYear, eraLabel);
	}

	/** 通年 / 単月 / 期間 / 以降 / 開始 / 上半期 / 下半期, or その他 for a wording no rule reads. */
	public String scheduleKind(Schedule schedule) {
		ScheduleKind kind = schedule == null || schedule.kind() == null ? ScheduleKind.UNPARSED : schedule.kind();
		return switch (kind) {
			case WHOLE_YEAR -> "通年";
			case MONTH -> "単月";
			case RANGE -> "期間";
			case FROM_MONTH -> "以降";
			case STARTING_IN -> "開始";
			case FIRST_HALF -> "上半期";
			case SECOND_HALF -> "下半期";
			case UNPARSED -> "その他";
		};
	}

	/** The explanation of a schedule badge, e.g. スケジュール: 期間（7月〜翌年2月）. */
	public String scheduleTitle(Schedule schedule) {
		String kind = scheduleKind(schedule);
		String months = months(schedule);
		return "スケジュール: " + kind + (months == null ? "" : "（" + months + "）");
	}

	private static String months(Schedule schedule) {
		if (schedule == null || schedule.kind() == null) {
			return null;
		}
		Integer start = schedule.startMonth();
		Integer end = schedule.endMonth();
		return switch (schedule.kind()) {
			case WHOLE_YEAR -> "4月〜翌年3月";
			case FIRST_HALF -> "4月〜9月";
			case SECOND_HALF -> "10月〜翌年3月";
			case MONTH -> start == null ? null : start + "月";
			case FROM_MONTH -> start == null ? null : start + "月以降";
			case STARTING_IN -> start == null ? null : start + "月中に開始";
			case RANGE -> start == null || end == null ? null
					: start + "月〜" + (start >= 4 && end <= 3 ? "翌年" : "") + end + "月";
			case UNPARSED -> null;
		};
	}

	/** 目標: 参加者数 4,000人, 目標: 平和展示室来館者数 10,000人/年; the source wording where no value was read. */
	public String target(Target target) {
		StringBuilder text = new StringBuilder("目標: ");
		if (target.value() == null) {
			return text.append(Objects.requireNonNullElse(target.text(), "")).toString();
		}
		if (target.label() != null && !target.label().isBlank()) {
			text.append(target.label().strip()).append(' ');
		}
		text.append(number(target.value()));
		if (target.unit() != null) {
			text.append(target.unit());
		}
		if (target.per() != null && !target.per().isBlank()) {
			text.append('/').append(target.per().strip());
		}
		return text.toString();
	}

	static String number(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.JAPAN);
		format.setGroupingUsed(true);
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		return format.format(value);
	}

	/** CSS class of a tag badge: 新規 and 拡充 have their own colour; the text is always shown too. */
	public String tagClass(String tag) {
		return switch (tag == null ? "" : tag.strip()) {
			case "新規" -> "tag tag-new";
			case "拡充" -> "tag tag-expanded";
			default -> "tag";
		};
	}

	public boolean resultsPending(Review review) {
		return review == null || review.results() == null || review.results().isBlank();
	}

	public boolean issuesPending(Review review) {
		return review == null || review.issues() == null || review.issues().isBlank();
	}

	/**
	 * A step's fiscal-year span: 令和6年度（2024年度）〜令和9年度（2027年度）, 令和6年度（2024年度）〜 when open-ended, one year
	 * alone when it starts and ends in the same year; the source wording when no year was read; null when none.
	 */
	public String span(MidTermStep step) {
		if (step.fromYear() == null || hasWords(step.spanText())) {
			return step.spanText() == null || step.spanText().isBlank() ? null : step.spanText().strip();
		}
		String from = FiscalYearLabels.display(step.fromYear());
		if (step.toYear() == null) {
			return openEnded(step.spanText()) ? from + "〜" : from;
		}
		if (step.toYear().equals(step.fromYear())) {
			return from;
		}
		return from + "〜" + FiscalYearLabels.display(step.toYear());
	}

	/**
	 * True when the span wording says more than years, e.g. 令和6年度(2024年度)、取り組み見直し 令和7年度(2025年度)～: then
	 * it is shown as written, so no word of it is lost.
	 */
	private static boolean hasWords(String spanText) {
		if (spanText == null) {
			return false;
		}
		StringBuilder rest = new StringBuilder(spanText);
		List<FiscalSpan> spans = FiscalSpanParser.findAll(spanText);
		for (int i = spans.size() - 1; i >= 0; i--) {
			rest.delete(spans.get(i).start(), spans.get(i).end());
		}
		return !rest.toString().replaceAll("[\\s、，,・～〜~()（）]", "").isEmpty();
	}

	private static boolean openEnded(String spanText) {
		return spanText == null || spanText.isBlank() || spanText.matches(".*[～〜~].*");
	}

	/** The steps of a mid-term goal, consecutive steps under the same heading together, in source order. */
	public List<StepGroup> stepGroups(MidTermGoal goal) {
		List<StepGroup> groups = new ArrayList<>();
		List<MidTermStep> current = null;
		String label = null;
		String title = null;
		for (MidTermStep step : goal.steps()) {
			if (current == null || !Objects.equals(label, step.groupLabel())
					|| !Objects.equals(title, step.groupTitle())) {
				label = step.groupLabel();
				title = step.groupTitle();
				current = new ArrayList<>();
				groups.add(new StepGroup(label, title, current));
			}
			current.add(step);
		}
		return groups.stream().map(g -> new StepGroup(g.label(), g.title(), List.copyOf(g.steps()))).toList();
	}

	/** Steps under one heading of a スケジュール(工程); label and title are null for steps at top level. */
	public record StepGroup(String label, String title, List<MidTermStep> steps) {

		public boolean headed() {
			return (label != null && !label.isBlank()) || (title != null && !title.isBlank());
		}
	}
}
