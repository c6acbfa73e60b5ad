package org.mokuhyo.web.history;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.history.Difference;
import org.mokuhyo.history.GoalComparison;
import org.mokuhyo.history.LineChange;
import org.mokuhyo.history.LinkChange;
import org.mokuhyo.history.TargetChange;
import org.mokuhyo.web.PageText;

/**
 * Wording of the year-over-year page in the page's language: years, line names, target values and their change.
 * {@link org.mokuhyo.history.YearComparison} names parts, link kinds and notes in Japanese (取組み内容, 総合計画,
 * スケジュール: 通年 → 7~3月); they are shown as they are on a Japanese page and put into the page's words here.
 */
final class YearCompareFormat {

	/** The parts of a goal as the comparison names them, and their message keys. */
	private static final Map<String, String> PARTS = Map.of("題名", "title", "取組み事項", "item", "取組み内容", "action",
			"課題・めざす成果", "description", "工程", "step");

	private static final Map<String, String> LINK_KINDS = Map.of("総合計画", "plan", "基本政策", "policy");

	/** The notes of {@code history.GoalLines} and {@code MidTermGoalDiff}: 1 to 2 of the sheet's words each. */
	private static final Map<Pattern, String> NOTES = Map.of(
			Pattern.compile("スケジュール: (.*) → (.*)"), "compare.note.schedule",
			Pattern.compile("期間: (.*) → (.*)"), "compare.note.span",
			Pattern.compile("\\[(.*)] が付きました"), "compare.note.tag-added",
			Pattern.compile("\\[(.*)] が外れました"), "compare.note.tag-removed");

	private static final String NONE = "（なし）";

	private final PageText text;

	YearCompareFormat(PageText text) {
		this.text = text;
	}

	/** 令和6年度（2024年度）, FY2024 (Reiwa 6) */
	public String year(int fiscalYear) {
		return text.year(fiscalYear);
	}

	/** 取組み内容 (1)②, or 取組み内容 (2)③ → (1)④ for a line kept under another label. */
	public String line(LineChange line) {
		String label = line.relabelled() ? line.olderLabel() + " → " + line.newerLabel() : line.label();
		String part = part(line.part());
		return label.isEmpty() ? part : part + " " + label;
	}

	private String part(String japanese) {
		String key = PARTS.get(japanese);
		return key == null || !text.english() ? japanese : text.get("compare.part." + key);
	}

	/** The goal's change as its section names it: 変更あり, 変更なし, 新規, 終了. */
	public String goalChange(GoalComparison goal) {
		return text.get("compare.goal." + goal.change().name());
	}

	/** A line's or a link's change: 変更なし, 変更, 追加, 削除. */
	public String change(Difference difference) {
		return text.get("compare.change." + difference.name());
	}

	/** A target's move: 引上げ, 引下げ … */
	public String movement(TargetChange.Movement movement) {
		return text.get("compare.target." + movement.name());
	}

	/** 総合計画 or 基本政策 */
	public String linkKind(LinkChange link) {
		String key = LINK_KINDS.get(link.kind());
		return key == null ? link.kind() : text.get("compare.link." + key);
	}

	/** 目標2 → 目標3 for a goal that moved, else its one number, e.g. 中期目標4. */
	public String heading(GoalComparison goal) {
		if (!text.english()) {
			return goal.heading();
		}
		String name = goal.midTerm() ? "compare.mid-term-goal" : "compare.goal";
		Integer older = goal.olderNumber();
		Integer newer = goal.newerNumber();
		if (older != null && newer != null && !older.equals(newer)) {
			return text.get(name, older) + " → " + text.get(name, newer);
		}
		return text.get(name, newer != null ? newer : older);
	}

	/** 令和5年度（2023年度）の目標2: where a goal is on one year's sheet. */
	public String onSheet(int fiscalYear, GoalComparison goal, Integer number) {
		return text.get("compare.on-sheet", year(fiscalYear), text.get(goal.midTerm() ? "compare.mid-term-goal"
				: "compare.goal", number));
	}

	/** A note on a line (a schedule moved, a tag put on): the sheet's words marked as such on an English page. */
	public List<PageText.Part> note(String note) {
		if (text.english()) {
			for (Map.Entry<Pattern, String> e : NOTES.entrySet()) {
				Matcher m = e.getKey().matcher(note);
				if (m.matches()) {
					Object[] args = new Object[m.groupCount()];
					for (int i = 0; i < args.length; i++) {
						String word = m.group(i + 1);
						args[i] = NONE.equals(word) ? text.get("compare.none") : PageText.content(word);
					}
					return text.mixed(e.getValue(), args);
				}
			}
		}
		return List.of(new PageText.Part(note, text.english() ? "ja" : null));
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
