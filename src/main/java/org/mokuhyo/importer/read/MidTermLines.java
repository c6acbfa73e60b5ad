package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mid-term goal's lines as a viewer copies them, the description and the schedule (工程) run into one stream,
 * put back into their two cells by the notation: a line naming a fiscal year (令和6年度) or labelled ① is the
 * schedule's, a line with a bullet ・ is the description's; of two lines with the same (n), the sentence (。) is the
 * description's item and the short heading the schedule's group; a line without a label continues whichever cell
 * has a paragraph still open (a sentence without its 。, a step without its year). What is decided without such a
 * sign is said in a note, with its line.
 */
final class MidTermLines {

	private static final Pattern ITEM = Pattern.compile("^[(（]([0-9０-９]{1,2})[)）]|^([0-9０-９]{1,2})[)）]");

	private static final Pattern CIRCLED = Pattern.compile("^[\\u2460-\\u2473]");

	private static final Pattern YEAR = Pattern.compile("(令和|平成)\\s*[0-9０-９元]{1,2}\\s*年|[0-9]{4}\\s*年度");

	private final CellLines description = new CellLines();

	private final CellLines schedule = new CellLines();

	private final List<SourceNote> notes = new ArrayList<>();

	private int descriptionWidth;

	private int scheduleWidth;

	/**
	 * @param descriptionWidth the widest description line of the section (its items, the wider column)
	 * @param scheduleWidth    the widest step (①) of the section
	 */
	static MidTermLines of(List<CellLines.Line> lines, int descriptionWidth, int scheduleWidth) {
		MidTermLines out = new MidTermLines();
		out.descriptionWidth = descriptionWidth;
		out.scheduleWidth = scheduleWidth;
		out.split(lines);
		return out;
	}

	CellLines description() {
		return description;
	}

	CellLines schedule() {
		return schedule;
	}

	/** The widest sentence of the description: a line that reaches it ran to the cell's edge. */
	int descriptionWidth() {
		return descriptionWidth;
	}

	int scheduleWidth() {
		return scheduleWidth;
	}

	List<SourceNote> notes() {
		return notes;
	}

	private void split(List<CellLines.Line> lines) {
		Map<CellLines.Line, Boolean> items = items(lines);
		CellLines.Line lastDescription = null;
		CellLines.Line lastSchedule = null;
		for (CellLines.Line line : lines) {
			String t = line.text();
			boolean toSchedule;
			if (items.containsKey(line)) {
				toSchedule = items.get(line);
			}
			else if (CIRCLED.matcher(t).lookingAt()) {
				toSchedule = true;
			}
			else if (CellLines.LABEL.matcher(t).lookingAt() || lastDescription == null) {
				toSchedule = false; // a bullet (・) or the goal's title
			}
			else {
				boolean descriptionOpen = !descriptionClosed(lastDescription);
				boolean scheduleOpen = lastSchedule != null && !scheduleClosed(lastSchedule);
				if (descriptionOpen != scheduleOpen) {
					toSchedule = scheduleOpen;
				}
				else {
					// a year (令和7年度, (2025年度)) is the schedule's notation; without one, the description's
					toSchedule = YEAR.matcher(t).find() || t.contains("年度");
					if (descriptionOpen && !toSchedule) {
						notes.add(SourceNote.at(line.number(), line.number() + "行目は中期目標の説明とスケジュールのどちらの続きか明らかでないため、説明の続きとして読みました"));
					}
				}
			}
			(toSchedule ? schedule : description).add(line.number(), 0, t);
			if (toSchedule) {
				lastSchedule = line;
			}
			else {
				lastDescription = line;
			}
		}
	}

	/**
	 * The cell of each (n) line, true for the schedule: one naming a year is a step; of two with the same number,
	 * the one that reads more like a schedule's heading (short, no 。) is the schedule's group.
	 */
	private Map<CellLines.Line, Boolean> items(List<CellLines.Line> lines) {
		Map<String, List<CellLines.Line>> byNumber = new HashMap<>();
		for (CellLines.Line line : lines) {
			Matcher m = ITEM.matcher(line.text());
			if (m.lookingAt()) {
				String n = org.mokuhyo.kernel.JapaneseText.normalize(m.group(1) != null ? m.group(1) : m.group(2));
				byNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(line);
			}
		}
		Map<CellLines.Line, Boolean> out = new HashMap<>();
		for (List<CellLines.Line> same : byNumber.values()) {
			if (same.size() == 2) {
				int a = scheduleLike(same.get(0));
				int b = scheduleLike(same.get(1));
				if (a == b) {
					notes.add(SourceNote.at(same.get(0).number(), same.get(0).number() + "行目と" + same.get(1).number()
							+ "行目のどちらが中期目標の説明でどちらがスケジュールか明らかでないため、先の行を説明として読みました"));
				}
				out.put(same.get(0), a > b);
				out.put(same.get(1), a <= b);
			}
			else {
				for (CellLines.Line line : same) {
					out.put(line, scheduleLike(line) > 0);
				}
			}
		}
		return out;
	}

	private int scheduleLike(CellLines.Line line) {
		String t = line.text();
		int score = 0;
		if (YEAR.matcher(t).find()) {
			score += 3;
		}
		if (t.endsWith("。")) {
			score -= 2;
		}
		else if (descriptionWidth > 0 && LayoutLine.displayWidth(t) >= descriptionWidth - 10) {
			score -= 1; // a long line cut before its 。: a sentence wrapping
		}
		else {
			score += 1;
		}
		return score;
	}

	private boolean descriptionClosed(CellLines.Line line) {
		String t = line.text();
		return t.endsWith("。") || descriptionWidth == 0 || LayoutLine.displayWidth(t) < descriptionWidth - 10;
	}

	private boolean scheduleClosed(CellLines.Line line) {
		String t = line.text();
		if (ITEM.matcher(t).lookingAt() && !YEAR.matcher(t).find()) {
			return true; // a group's heading
		}
		return t.endsWith(")") || t.endsWith("）") || t.endsWith("～") || t.endsWith("~")
				|| scheduleWidth > 0 && LayoutLine.displayWidth(t) < scheduleWidth - 10;
	}
}
