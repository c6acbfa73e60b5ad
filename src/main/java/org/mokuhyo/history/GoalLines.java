package org.mokuhyo.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Schedule;

/** Wording shared by both kinds of goal: labels, the marks of an action, links kept, added and removed. */
final class GoalLines {

	private GoalLines() {
	}

	static String nz(String s) {
		return s == null ? "" : s;
	}

	/** (1)① for an action under an item; ・ stands for a missing label. */
	static String label(String outer, String inner) {
		return nz(outer) + (inner == null || inner.isBlank() ? "・" : inner);
	}

	/** The schedule and tags as the sheet writes them after an action, e.g. " (7~2月) [新規]". */
	static String marks(Schedule schedule, List<String> tags) {
		StringBuilder s = new StringBuilder();
		if (schedule != null && schedule.text() != null && !schedule.text().isBlank()) {
			s.append(" (").append(schedule.text()).append(')');
		}
		tags.forEach(tag -> s.append(" [").append(tag).append(']'));
		return s.toString();
	}

	/** What the text does not tell at a glance: a schedule moved, a tag put on or taken off. */
	static List<String> scheduleAndTagNotes(Schedule older, List<String> olderTags, Schedule newer,
			List<String> newerTags) {
		List<String> notes = new ArrayList<>();
		String before = older == null ? null : older.text();
		String after = newer == null ? null : newer.text();
		if (!Similarity.same(before, after)) {
			notes.add("スケジュール: " + (before == null ? "（なし）" : before) + " → " + (after == null ? "（なし）" : after));
		}
		newerTags.stream().filter(t -> !olderTags.contains(t)).forEach(t -> notes.add("[" + t + "] が付きました"));
		olderTags.stream().filter(t -> !newerTags.contains(t)).forEach(t -> notes.add("[" + t + "] が外れました"));
		return notes;
	}

	/** The 総合計画 links by code, then the 基本政策 by number: those of the newer year, then those removed. */
	static List<LinkChange> links(List<PlanLink> olderPlans, List<PolicyLink> olderPolicies, List<PlanLink> newerPlans,
			List<PolicyLink> newerPolicies) {
		List<LinkChange> out = new ArrayList<>();
		compare("総合計画", byKey(olderPlans, PlanLink::code, PlanLink::text), byKey(newerPlans, PlanLink::code, PlanLink::text),
				out);
		compare("基本政策", byKey(olderPolicies, p -> Integer.toString(p.number()), PolicyLink::title),
				byKey(newerPolicies, p -> Integer.toString(p.number()), PolicyLink::title), out);
		return out;
	}

	private static void compare(String kind, Map<String, String> older, Map<String, String> newer,
			List<LinkChange> out) {
		newer.forEach((key, text) -> out.add(new LinkChange(kind, key, text != null ? text : older.get(key),
				older.containsKey(key) ? Difference.SAME : Difference.ADDED)));
		older.forEach((key, text) -> {
			if (!newer.containsKey(key)) {
				out.add(new LinkChange(kind, key, text, Difference.DROPPED));
			}
		});
	}

	private static <T> Map<String, String> byKey(List<T> links, java.util.function.Function<T, String> key,
			java.util.function.Function<T, String> text) {
		return links.stream()
			.filter(l -> key.apply(l) != null)
			.collect(Collectors.toMap(key, l -> Objects.requireNonNullElse(text.apply(l), ""), (a, b) -> a.isEmpty() ? b : a,
					LinkedHashMap::new));
	}
}
