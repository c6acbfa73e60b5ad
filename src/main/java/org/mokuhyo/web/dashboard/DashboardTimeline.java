package org.mokuhyo.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SubItem;

/**
 * The fiscal year's timeline of a sheet: each action (and each sub-point with a schedule of its own) placed on the
 * months April → March its schedule names. Months are counted in the fiscal year: 0 = April … 11 = March.
 */
final class DashboardTimeline {

	/** The fiscal year's months in order, as the chart and the table head them. */
	static final List<String> MONTHS = List.of("4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月",
			"2月", "3月");

	private DashboardTimeline() {
	}

	/** A stretch of the fiscal year, both ends included: 0 = April … 11 = March. */
	record Span(int start, int end) {

		public boolean covers(int month) {
			return month >= start && month <= end;
		}

		/** 7月〜2月; 11月 for one month. */
		public String label() {
			return start == end ? MONTHS.get(start) : MONTHS.get(start) + "〜" + MONTHS.get(end);
		}
	}

	/**
	 * One row of the timeline.
	 *
	 * @param place    where it stands on the sheet, e.g. 目標1 (1)② or 目標1 (1)②・ for a sub-point
	 * @param schedule the schedule as the sheet words it, null when it names none
	 * @param span     empty when there is no schedule or it could not be read
	 */
	record Row(int goalNumber, String place, String text, boolean subPoint, String schedule, Optional<Span> span) {

		/** 7月〜2月, or why there is no bar. */
		public String period() {
			if (span.isPresent()) {
				return span.get().label();
			}
			return schedule == null ? "スケジュールの記載なし" : "読み取れないスケジュール";
		}

		public boolean unread() {
			return schedule != null && span.isEmpty();
		}
	}

	/**
	 * Where a schedule lies in the fiscal year: 通年 = April–March, 7~2月 = July–February, 下半期 = October–March,
	 * 4月以降 = April–March, 11月 = November, 7月中に開始 = July–March (begun then, for the rest of the year). Empty for a
	 * wording no rule read, an impossible month, or a range running backwards in the fiscal year.
	 */
	static Optional<Span> span(Schedule schedule) {
		if (schedule == null || schedule.kind() == null) {
			return Optional.empty();
		}
		return switch (schedule.kind()) {
			case WHOLE_YEAR -> Optional.of(new Span(0, 11));
			case FIRST_HALF -> Optional.of(new Span(0, 5));
			case SECOND_HALF -> Optional.of(new Span(6, 11));
			case MONTH -> months(schedule.startMonth(), schedule.endMonth() == null ? schedule.startMonth()
					: schedule.endMonth());
			case RANGE -> months(schedule.startMonth(), schedule.endMonth());
			// open to the year's end unless an end is given
			case FROM_MONTH, STARTING_IN -> months(schedule.startMonth(), schedule.endMonth() == null ? 3
					: schedule.endMonth());
			case UNPARSED -> Optional.empty();
		};
	}

	/** The timeline of every action of the sheet's annual goals, in the sheet's order. */
	static List<Row> of(SheetData sheet) {
		List<Row> rows = new ArrayList<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					String place = "目標" + goal.number() + " " + label(item.label()) + label(action.label());
					rows.add(new Row(goal.number(), place.strip(), action.text(), false, wording(action.schedule()),
							span(action.schedule())));
					for (SubItem sub : action.subItems()) {
						if (sub.schedule() != null) {
							rows.add(new Row(goal.number(), place.strip() + "・", sub.text(), true,
									wording(sub.schedule()), span(sub.schedule())));
						}
					}
				}
			}
		}
		return rows;
	}

	/** The fiscal month (0 = April) of a calendar month 1–12; -1 for anything else. */
	static int fiscalMonth(Integer month) {
		return month == null || month < 1 || month > 12 ? -1 : (month + 8) % 12;
	}

	private static Optional<Span> months(Integer startMonth, Integer endMonth) {
		int start = fiscalMonth(startMonth);
		int end = fiscalMonth(endMonth);
		if (start < 0 || end < 0 || end < start) {
			return Optional.empty();
		}
		return Optional.of(new Span(start, end));
	}

	private static String wording(Schedule schedule) {
		if (schedule == null) {
			return null;
		}
		return schedule.text() == null ? "" : schedule.text();
	}

	private static String label(String label) {
		return label == null ? "" : label;
	}
}
