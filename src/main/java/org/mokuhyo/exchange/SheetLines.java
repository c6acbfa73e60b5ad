package org.mokuhyo.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.SubItem;

/**
 * The sheet's parts as the lines the official sheet writes and the importer reads: {@code (1) 取組み事項},
 * {@code ① 取組み内容 (7~2月) [新規]}, {@code ・サブ項目}, {@code 5-1-(3) 施策の方向性}, {@code ① 工程 令和6年度(2024年度)～}.
 * Each line is written back the way an import read it, so reading the lines again gives the same parts.
 */
public final class SheetLines {

	/** What the sheet writes in a year-end field still empty. */
	public static final String PENDING = "【今年度末に記載】";

	/**
	 * What the sheet writes under a section it leaves empty on purpose: without it, a heading with nothing under it
	 * reads as a document cut short, and the import refuses it.
	 */
	public static final String NONE = "（なし）";

	public static final String PLAN_MARKER = "総合計画";

	public static final String POLICY_MARKER = "基本政策";

	private SheetLines() {
	}

	public static String mission(int index, String mission) {
		return "(" + (index + 1) + ") " + mission;
	}

	/** The 方針: its lead paragraph(s), then each item behind ○. */
	public static List<String> policy(String statement, List<String> items) {
		List<String> lines = new ArrayList<>();
		if (statement != null) {
			lines.addAll(List.of(statement.split("\\R")));
		}
		items.forEach(item -> lines.add("○" + item));
		return lines;
	}

	public static String orPending(String text) {
		return text == null || text.isBlank() ? PENDING : text;
	}

	/** Title (with 【重点】), then each item, its actions and their sub-points, one line each. */
	public static List<String> annualGoal(AnnualGoal goal) {
		List<String> lines = new ArrayList<>();
		if (goal.title() != null) {
			lines.add(goal.priority() ? (goal.title() + " 【重点】").strip() : goal.title());
		}
		else if (goal.priority()) {
			lines.add("【重点】");
		}
		for (GoalItem item : goal.items()) {
			if (item.label() != null) {
				lines.add(join(item.label(), item.text()));
			}
			for (Action action : item.actions()) {
				// an unlabelled action is a bullet; its sub-points then plain lines (a bullet would be another action)
				lines.add(action.label() != null ? join(action.label(), wording(action.text(), action.schedule(), action.tags()))
						: "・" + wording(action.text(), action.schedule(), action.tags()));
				for (SubItem sub : action.subItems()) {
					String words = wording(sub.text(), sub.schedule(), sub.tags());
					lines.add(action.label() != null ? "・" + words : words);
				}
			}
		}
		return lines;
	}

	/** Title, then each description item and its bullets. */
	public static List<String> midTermDescription(MidTermGoal goal) {
		List<String> lines = new ArrayList<>();
		if (goal.title() != null) {
			lines.add(goal.title());
		}
		for (DescriptionItem item : goal.descriptionItems()) {
			lines.add(join(item.label(), item.text()));
			item.subItems().forEach(s -> lines.add("・" + s));
		}
		return lines;
	}

	/**
	 * The schedule (工程): a group's heading once before its first step ({@code (1) 地域自治の推進}), then each step
	 * with its span as written.
	 */
	public static List<String> midTermSteps(MidTermGoal goal) {
		List<String> lines = new ArrayList<>();
		String groupLabel = null;
		String groupTitle = null;
		for (MidTermStep step : goal.steps()) {
			if (step.groupLabel() != null
					&& (!step.groupLabel().equals(groupLabel) || !Objects.equals(step.groupTitle(), groupTitle))) {
				lines.add(join(step.groupLabel(), step.groupTitle()));
			}
			groupLabel = step.groupLabel() != null ? step.groupLabel() : groupLabel;
			groupTitle = step.groupLabel() != null ? step.groupTitle() : groupTitle;
			String text = join(step.label(), step.text());
			lines.add(step.spanText() == null ? text : join(text, step.spanText()));
		}
		return lines;
	}

	public static List<String> planLinks(List<PlanLink> links) {
		List<String> lines = new ArrayList<>();
		links.forEach(l -> lines.add(join(l.code(), l.text())));
		return lines;
	}

	public static List<String> policyLinks(List<PolicyLink> links) {
		List<String> lines = new ArrayList<>();
		links.forEach(l -> lines.add(join(String.valueOf(l.number()), l.title())));
		return lines;
	}

	/** The words as the source writes them: the schedule in parentheses unless the text names it, then the tags. */
	public static String wording(String text, Schedule schedule, List<String> tags) {
		StringBuilder out = new StringBuilder(text == null ? "" : text);
		if (schedule != null && schedule.text() != null && !out.toString().contains(schedule.text())) {
			out.append(" (").append(schedule.text()).append(')');
		}
		tags.forEach(tag -> out.append(" [").append(tag).append(']'));
		return out.toString().strip();
	}

	private static String join(String a, String b) {
		if (a == null || a.isEmpty()) {
			return b == null ? "" : b;
		}
		return b == null || b.isEmpty() ? a : a + " " + b;
	}
}
