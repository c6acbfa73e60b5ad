package org.mokuhyo.history;

import java.util.List;

import org.mokuhyo.kernel.CharDiff;

/**
 * One line of a goal in two fiscal years (its title, an item, an action, a description item or a step), matched by
 * content: its label in each year (labels shift: (2)② may become (1)①), the changed characters, and what the text
 * alone does not say (a schedule or tag changed, a span of years moved).
 *
 * @param part        what the line is, e.g. 取組み内容
 * @param olderLabel  the label in the older year, e.g. (1)①; null when added (or unlabelled)
 * @param newerLabel  the label in the newer year; null when dropped (or unlabelled)
 * @param runs        the older text turned into the newer, character by character
 * @param notes       changes in words, e.g. スケジュール: 7~2月 → 8~2月
 */
public record LineChange(String part, String olderLabel, String newerLabel, Difference change, List<CharDiff.Run> runs,
		List<String> notes) {

	public LineChange {
		runs = List.copyOf(runs);
		notes = List.copyOf(notes);
	}

	static LineChange of(String part, String olderLabel, String newerLabel, String older, String newer,
			boolean olderPresent, boolean newerPresent, List<String> notes) {
		boolean changed = !CharDiff.same(older, newer) || !notes.isEmpty();
		Difference change = Difference.of(olderPresent, newerPresent, changed);
		return new LineChange(part, olderLabel, newerLabel, change,
				CharDiff.of(olderPresent ? older : null, newerPresent ? newer : null), notes);
	}

	/** The older year's text with what was removed marked; empty when the line was added. */
	public List<CharDiff.Run> older() {
		return change == Difference.ADDED ? List.of() : runs.stream().filter(r -> r.kind() != CharDiff.Kind.ADDED).toList();
	}

	/** The newer year's text with what was added marked; empty when the line was dropped. */
	public List<CharDiff.Run> newer() {
		return change == Difference.DROPPED ? List.of()
				: runs.stream().filter(r -> r.kind() != CharDiff.Kind.REMOVED).toList();
	}

	/** The older text as it was. */
	public String olderText() {
		return join(older());
	}

	/** The newer text as it is. */
	public String newerText() {
		return join(newer());
	}

	/** Kept under another label, e.g. (2)② → (1)①. */
	public boolean relabelled() {
		return change.kept() && olderLabel != null && newerLabel != null && !olderLabel.equals(newerLabel);
	}

	/** The label to name the line by: the newer one, else the older. */
	public String label() {
		return newerLabel != null ? newerLabel : olderLabel == null ? "" : olderLabel;
	}

	private static String join(List<CharDiff.Run> runs) {
		StringBuilder s = new StringBuilder();
		runs.forEach(r -> s.append(r.text()));
		return s.toString();
	}
}
