package org.mokuhyo.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.Target;

/**
 * Each numeric target (目標値) of a sheet's actions against the actual value reported for it in each quarter (進行管理),
 * with the share of the target reached. Only statuses and actual values are shown, never the reports' comments.
 */
final class DashboardTargets {

	static final int QUARTERS = 4;

	static final String NO_REPORT = "報告なし";

	static final String NO_ACTUAL = "実績値なし";

	private DashboardTargets() {
	}

	/**
	 * A quarter's actual of one target.
	 *
	 * @param text    e.g. 2,000人（50%）, 報告なし, 実績値なし
	 * @param percent the actual as a whole percent of the target; null without an actual or a target above 0
	 */
	record Cell(String text, Integer percent) {
	}

	/**
	 * @param goalNumber the number of the goal the action is under
	 * @param place  e.g. 目標1 (1)②, with ・ for a sub-point's target
	 * @param target the target as the sheet words it, e.g. 参加者数4,000人
	 * @param value  the value read from it, e.g. 4,000人 or 10,000人/年
	 */
	record Row(int goalNumber, String place, String text, String target, String value, List<Cell> quarters) {

		/** The chart's name of the row. */
		public String name() {
			return place + " " + target;
		}
	}

	/** @param byQuarter the saved progress of quarters 1–4, each by action id */
	static List<Row> of(SheetData sheet, Map<Integer, Map<UUID, ActionProgress>> byQuarter) {
		List<Row> rows = new ArrayList<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					String place = ("目標" + goal.number() + " " + (item.label() == null ? "" : item.label())
							+ (action.label() == null ? "" : action.label())).strip();
					Progresses.targets(action).forEach((key, target) -> {
						boolean own = key.subItem() == TargetKey.ACTION_ITSELF;
						String text = own ? action.text() : action.subItems().get(key.subItem()).text();
						List<Cell> cells = new ArrayList<>();
						for (int q = 1; q <= QUARTERS; q++) {
							ActionProgress saved = byQuarter.getOrDefault(q, Map.of()).get(action.id());
							cells.add(cell(target, saved == null ? null : saved.actuals(), key));
						}
						rows.add(new Row(goal.number(), own ? place : place + "・", text, target.text(), value(target), cells));
					});
				}
			}
		}
		return rows;
	}

	private static Cell cell(Target target, Map<TargetKey, BigDecimal> actuals, TargetKey key) {
		if (actuals == null) {
			return new Cell(NO_REPORT, null);
		}
		BigDecimal actual = actuals.get(key);
		if (actual == null) {
			return new Cell(NO_ACTUAL, null);
		}
		String amount = number(actual) + unit(target);
		if (target.value() == null || target.value().signum() <= 0) {
			return new Cell(amount, null);
		}
		int percent = actual.multiply(BigDecimal.valueOf(100))
			.divide(target.value(), 0, RoundingMode.HALF_UP)
			.intValueExact();
		return new Cell(amount + "（" + percent + "%）", percent);
	}

	/** 4,000人; 10,000人/年 for a rate. */
	static String value(Target target) {
		if (target.value() == null) {
			return target.text();
		}
		return number(target.value()) + unit(target) + (target.per() == null ? "" : "/" + target.per());
	}

	private static String unit(Target target) {
		return target.unit() == null ? "" : target.unit();
	}

	/** 4,000 and 12.5, as the sheets write numbers. */
	static String number(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMaximumFractionDigits(6);
		return format.format(value);
	}
}
