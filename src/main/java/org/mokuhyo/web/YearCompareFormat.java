package org.mokuhyo.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.mokuhyo.history.GoalComparison;
import org.mokuhyo.history.LineChange;
import org.mokuhyo.history.TargetChange;

/** Wording of the year-over-year page: years, line names, target values and their change. */
final class YearCompareFormat {

	static final YearCompareFormat INSTANCE = new YearCompareFormat();

	private YearCompareFormat() {
	}

	/** 令和6年度（2024年度） */
	public String year(int fiscalYear) {
		return FiscalYears.display(fiscalYear);
	}

	/** 取組み内容 (1)②, or 取組み内容 (2)③ → (1)④ for a line kept under another label. */
	public String line(LineChange line) {
		String label = line.relabelled() ? line.olderLabel() + " → " + line.newerLabel() : line.label();
		return label.isEmpty() ? line.part() : line.part() + " " + label;
	}

	/** The goal's change as its section names it: 変更あり, 変更なし, 新規, 終了. */
	public String goalChange(GoalComparison goal) {
		return switch (goal.change()) {
			case SAME -> "変更なし";
			case CHANGED -> "変更あり";
			case ADDED -> "新規";
			case DROPPED -> "終了";
		};
	}

	/** 4,000 (a value as the sheets write it, with thousands separators). */
	public String value(BigDecimal value) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.JAPAN));
		return format.format(value);
	}

	/** +500 / −2,000 for a raised or lowered target; empty otherwise. */
	public String delta(TargetChange target) {
		BigDecimal delta = target.delta();
		if (delta == null || delta.signum() == 0) {
			return "";
		}
		return (delta.signum() > 0 ? "+" : "−") + value(delta.abs());
	}

	/** Where the target is, e.g. (1)① or (2)③ → (1)④. */
	public String where(TargetChange target) {
		String older = target.olderAction();
		String newer = target.newerAction();
		if (older != null && newer != null && !older.equals(newer)) {
			return older + " → " + newer;
		}
		return newer != null ? newer : older == null ? "" : older;
	}
}
