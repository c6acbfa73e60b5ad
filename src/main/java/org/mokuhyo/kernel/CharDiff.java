package org.mokuhyo.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-level difference between two texts (Japanese has no spaces between words, so words are no unit):
 * the shortest edit script of Myers' O(ND) algorithm, as runs of kept, removed and added text. Code points, not
 * UTF-16 units, so a character outside the basic plane is never split.
 */
public final class CharDiff {

	/** A run of text and what happened to it. */
	public record Run(Kind kind, String text) {
	}

	public enum Kind {
		SAME, REMOVED, ADDED
	}

	/** Beyond this many differing characters the texts are shown as replaced whole: the search would cost more. */
	private static final int MAX_EDITS = 2000;

	private CharDiff() {
	}

	/** The runs that turn {@code before} into {@code after}; nulls read as empty. */
	public static List<Run> of(String before, String after) {
		int[] a = (before == null ? "" : before).codePoints().toArray();
		int[] b = (after == null ? "" : after).codePoints().toArray();
		// trim the common head and tail: most edits touch a small part of a long text
		int head = 0;
		while (head < a.length && head < b.length && a[head] == b[head]) {
			head++;
		}
		int tail = 0;
		while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] == b[b.length - 1 - tail]) {
			tail++;
		}
		List<Run> runs = new ArrayList<>();
		add(runs, Kind.SAME, a, 0, head);
		int[] midA = java.util.Arrays.copyOfRange(a, head, a.length - tail);
		int[] midB = java.util.Arrays.copyOfRange(b, head, b.length - tail);
		List<Kind> script = script(midA, midB);
		if (script == null) {
			add(runs, Kind.REMOVED, midA, 0, midA.length);
			add(runs, Kind.ADDED, midB, 0, midB.length);
		}
		else {
			int i = 0;
			int j = 0;
			for (Kind kind : script) {
				switch (kind) {
					case SAME -> add(runs, Kind.SAME, midA, i++, i);
					case REMOVED -> add(runs, Kind.REMOVED, midA, i++, i);
					case ADDED -> add(runs, Kind.ADDED, midB, j++, j);
				}
				if (kind == Kind.SAME) {
					j++;
				}
			}
		}
		add(runs, Kind.SAME, a, a.length - tail, a.length);
		return List.copyOf(runs);
	}

	/** Whether the two texts are equal (nulls as empty). */
	public static boolean same(String before, String after) {
		return (before == null ? "" : before).equals(after == null ? "" : after);
	}

	/** Myers' greedy forward search with the trace kept for the way back; null when over {@link #MAX_EDITS}. */
	private static List<Kind> script(int[] a, int[] b) {
		int n = a.length;
		int m = b.length;
		int max = Math.min(n + m, MAX_EDITS);
		int offset = max + 1;
		int[] v = new int[2 * max + 3];
		List<int[]> trace = new ArrayList<>();
		for (int d = 0; d <= max; d++) {
			trace.add(v.clone());
			for (int k = -d; k <= d; k += 2) {
				int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1]
						: v[offset + k - 1] + 1;
				int y = x - k;
				while (x < n && y < m && a[x] == b[y]) {
					x++;
					y++;
				}
				v[offset + k] = x;
				if (x >= n && y >= m) {
					return backtrack(trace, a.length, b.length, offset);
				}
			}
		}
		return null;
	}

	private static List<Kind> backtrack(List<int[]> trace, int n, int m, int offset) {
		List<Kind> reversed = new ArrayList<>();
		int x = n;
		int y = m;
		for (int d = trace.size() - 1; d >= 0; d--) {
			int[] v = trace.get(d);
			int k = x - y;
			int prevK = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? k + 1 : k - 1;
			int prevX = d == 0 ? 0 : v[offset + prevK];
			int prevY = prevX - prevK;
			while (x > prevX && y > prevY) {
				reversed.add(Kind.SAME);
				x--;
				y--;
			}
			if (d > 0) {
				reversed.add(x == prevX ? Kind.ADDED : Kind.REMOVED);
			}
			x = prevX;
			y = prevY;
		}
		java.util.Collections.reverse(reversed);
		return reversed;
	}

	/** Appends code points {@code from..to} of {@code cps}, joining with the last run when it is of the same kind. */
	private static void add(List<Run> runs, Kind kind, int[] cps, int from, int to) {
		if (from >= to) {
			return;
		}
		String text = new String(cps, from, to - from);
		if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
			Run last = runs.remove(runs.size() - 1);
			text = last.text() + text;
		}
		runs.add(new Run(kind, text));
	}
}
