package org.mokuhyo.history;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;

/**
 * A sheet as an ordered list of labelled lines, each under a key that names the same place in another version:
 * goals, items and actions by their ids (which a save keeps), the rest by position. Comparing two versions is then
 * comparing lines of equal keys.
 */
final class SheetLines {

	/** One field of the sheet as text. */
	record Line(String key, String label, String text) {
	}

	private final List<Line> lines = new ArrayList<>();

	private SheetLines() {
	}

	static List<Line> of(SheetData sheet) {
		SheetLines out = new SheetLines();
		out.sheet(sheet);
		return List.copyOf(out.lines);
	}

	private void sheet(SheetData s) {
		if (s.department() != null) {
			add("head", "部局長（補職・氏名）", join(" ", s.department().headTitle(), s.department().headName()));
		}
		for (int i = 0; i < s.missions().size(); i++) {
			add("mission:" + i, "1 使命 (" + (i + 1) + ")", s.missions().get(i));
		}
		if (s.policy() != null) {
			add("policy", "2 方針", s.policy().statement());
			for (int i = 0; i < s.policy().items().size(); i++) {
				add("policy:" + i, "2 方針 ○" + (i + 1), s.policy().items().get(i));
			}
			add("policy:summary", "2 取り組みの総括", s.policy().summary());
		}
		for (AnnualGoal goal : s.annualGoals()) {
			annualGoal(goal);
		}
		for (MidTermGoal goal : s.midTermGoals()) {
			midTermGoal(goal);
		}
	}

	private void annualGoal(AnnualGoal g) {
		String key = "goal:" + key(g.id(), g.number());
		String name = "3 当年度目標" + g.number();
		add(key, name, g.title() + (g.priority() ? " 【重点】" : ""));
		for (GoalItem item : g.items()) {
			String itemKey = key + ":item:" + key(item.id(), item.label());
			add(itemKey, name + " " + nz(item.label()), item.text());
			for (Action action : item.actions()) {
				String actionKey = itemKey + ":action:" + key(action.id(), action.label());
				String actionName = name + " " + nz(item.label()) + nz(action.label());
				add(actionKey, actionName, action.text() + marks(action.tags(), action.schedule() == null ? null
						: action.schedule().text(), action.targets()));
				for (int i = 0; i < action.subItems().size(); i++) {
					SubItem sub = action.subItems().get(i);
					add(actionKey + ":sub:" + i, actionName + " ・", sub.text()
							+ marks(sub.tags(), sub.schedule() == null ? null : sub.schedule().text(), sub.targets()));
				}
			}
		}
		links(key, name, g.planLinks(), g.policyLinks());
		if (g.review() != null) {
			add(key + ":results", name + " 実績（取組みを行った内容・成果）", g.review().results());
			add(key + ":issues", name + " 課題・今後の方向性", g.review().issues());
		}
	}

	private void midTermGoal(MidTermGoal g) {
		String key = "mid:" + key(g.id(), g.number());
		String name = "4 中期目標" + g.number();
		add(key, name, g.title());
		for (int i = 0; i < g.descriptionItems().size(); i++) {
			DescriptionItem item = g.descriptionItems().get(i);
			add(key + ":description:" + i, name + " 課題・めざす成果 " + nz(item.label()),
					item.text() + (item.subItems().isEmpty() ? "" : " / " + String.join(" / ", item.subItems())));
		}
		if (g.descriptionItems().isEmpty()) {
			add(key + ":description", name + " 課題・めざす成果", g.description());
		}
		for (int i = 0; i < g.steps().size(); i++) {
			MidTermStep step = g.steps().get(i);
			add(key + ":step:" + i, name + " 工程 " + nz(step.label()), join(" ", step.text(), step.spanText()));
		}
		links(key, name, g.planLinks(), g.policyLinks());
	}

	private void links(String key, String name, List<PlanLink> plans, List<PolicyLink> policies) {
		for (int i = 0; i < plans.size(); i++) {
			add(key + ":plan:" + i, name + " 総合計画", join(" ", plans.get(i).code(), plans.get(i).text()));
		}
		for (int i = 0; i < policies.size(); i++) {
			add(key + ":basic-policy:" + i, name + " 基本政策", policies.get(i).number() + " " + nz(policies.get(i).title()));
		}
	}

	private static String marks(List<String> tags, String schedule, List<Target> targets) {
		StringBuilder s = new StringBuilder();
		if (schedule != null && !schedule.isBlank()) {
			s.append(" (").append(schedule).append(')');
		}
		for (String tag : tags) {
			s.append(" [").append(tag).append(']');
		}
		if (!targets.isEmpty()) {
			s.append(" 目標値: ").append(targets.stream().map(Target::text).collect(Collectors.joining("、")));
		}
		return s.toString();
	}

	private void add(String key, String label, String text) {
		lines.add(new Line(key, label, text));
	}

	/** Ids are kept across versions; a sheet built without them falls back to its number or label. */
	private static String key(UUID id, Object fallback) {
		return id != null ? id.toString() : "#" + fallback;
	}

	private static String join(String separator, String... parts) {
		return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
