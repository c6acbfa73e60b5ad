package org.mokuhyo.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mokuhyo.kernel.CharDiff;
import org.mokuhyo.sheet.SheetData;

/**
 * Two versions of a sheet side by side: every field of either, in the newer one's order (a removed field right after
 * the field it followed), marked kept, changed, added or removed, with the changed characters.
 */
public record SheetComparison(int fromVersion, int toVersion, List<Row> rows) {

	public enum Change {
		SAME, CHANGED, ADDED, REMOVED
	}

	/** One field in both versions; {@code runs} mark what changed, character by character. */
	public record Row(String label, Change change, String before, String after, List<CharDiff.Run> runs) {
	}

	public static SheetComparison of(SheetData from, SheetData to) {
		List<SheetLines.Line> before = SheetLines.of(from);
		List<SheetLines.Line> after = SheetLines.of(to);
		Map<String, SheetLines.Line> afterByKey = new LinkedHashMap<>();
		after.forEach(line -> afterByKey.put(line.key(), line));
		Map<String, SheetLines.Line> beforeByKey = new LinkedHashMap<>();
		before.forEach(line -> beforeByKey.put(line.key(), line));

		// removed lines are placed after the last line before them that is still there
		Map<String, List<SheetLines.Line>> removedAfter = new LinkedHashMap<>();
		String anchor = "";
		for (SheetLines.Line line : before) {
			if (afterByKey.containsKey(line.key())) {
				anchor = line.key();
			}
			else {
				removedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(line);
			}
		}
		List<Row> rows = new ArrayList<>();
		removedAfter.getOrDefault("", List.of()).forEach(line -> rows.add(removed(line)));
		for (SheetLines.Line line : after) {
			SheetLines.Line old = beforeByKey.get(line.key());
			if (old == null) {
				rows.add(new Row(line.label(), Change.ADDED, null, line.text(), CharDiff.of(null, line.text())));
			}
			else {
				rows.add(new Row(line.label(), CharDiff.same(old.text(), line.text()) ? Change.SAME : Change.CHANGED,
						old.text(), line.text(), CharDiff.of(old.text(), line.text())));
			}
			removedAfter.getOrDefault(line.key(), List.of()).forEach(r -> rows.add(removed(r)));
		}
		return new SheetComparison(from.version() == null ? 0 : from.version(),
				to.version() == null ? 0 : to.version(), List.copyOf(rows));
	}

	/** Whether anything differs. */
	public boolean changed() {
		return rows.stream().anyMatch(r -> r.change() != Change.SAME);
	}

	public long count(Change change) {
		return rows.stream().filter(r -> r.change() == change).count();
	}

	private static Row removed(SheetLines.Line line) {
		return new Row(line.label(), Change.REMOVED, line.text(), null, CharDiff.of(line.text(), null));
	}
}
