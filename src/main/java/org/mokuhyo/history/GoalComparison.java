package org.mokuhyo.history;

import java.util.List;

/**
 * One goal (当年度目標 or 中期目標) in two fiscal years, matched by content whatever its number: kept (the same or
 * changed), added in the newer year or dropped from it; its lines side by side, its targets and links.
 *
 * @param midTerm       a 中期目標 rather than a 当年度目標
 * @param olderNumber   its number in the older year; null when added
 * @param newerNumber   its number in the newer year; null when dropped
 * @param similarity    how alike the two read (0–1) when kept; 0 otherwise
 * @param olderPriority 【重点】 in the older year; null for a 中期目標 or when added
 * @param newerPriority 【重点】 in the newer year; null for a 中期目標 or when dropped
 * @param title         the title as a line
 * @param lines         items and actions (中期目標: description items and steps), in the newer year's order
 */
public record GoalComparison(boolean midTerm, Difference change, Integer olderNumber, Integer newerNumber,
		double similarity, Boolean olderPriority, Boolean newerPriority, LineChange title, List<LineChange> lines,
		List<TargetChange> targets, List<LinkChange> links) {

	public GoalComparison {
		lines = List.copyOf(lines);
		targets = List.copyOf(targets);
		links = List.copyOf(links);
	}

	/** 目標2 → 目標3 for a goal that moved, else its one number, e.g. 中期目標4. */
	public String heading() {
		String name = midTerm ? "中期目標" : "目標";
		if (olderNumber != null && newerNumber != null && !olderNumber.equals(newerNumber)) {
			return name + olderNumber + " → " + name + newerNumber;
		}
		return name + (newerNumber != null ? newerNumber : olderNumber);
	}

	/** The title in the newer year, else the older. */
	public String name() {
		return change == Difference.DROPPED ? title.olderText() : title.newerText();
	}

	/** Kept under another number. */
	public boolean renumbered() {
		return change.kept() && !olderNumber.equals(newerNumber);
	}

	public boolean priorityGained() {
		return change.kept() && Boolean.FALSE.equals(olderPriority) && Boolean.TRUE.equals(newerPriority);
	}

	public boolean priorityLost() {
		return change.kept() && Boolean.TRUE.equals(olderPriority) && Boolean.FALSE.equals(newerPriority);
	}

	/** Lines of one part (e.g. 取組み内容) that changed that way. */
	public long count(String part, Difference difference) {
		return lines.stream().filter(l -> l.part().equals(part) && l.change() == difference).count();
	}

	public long count(TargetChange.Movement movement) {
		return targets.stream().filter(t -> t.movement() == movement).count();
	}

	public long links(Difference difference) {
		return links.stream().filter(l -> l.change() == difference).count();
	}

	/** Lines that differ, for a kept goal's table (the unchanged ones can be left out). */
	public List<LineChange> changedLines() {
		return lines.stream().filter(l -> l.change() != Difference.SAME).toList();
	}
}
