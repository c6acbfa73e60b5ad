package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.mokuhyo.importer.read.SourceRow.RowKind;

/**
 * A printed sheet copied out of a PDF viewer (or {@code pdftotext} without {@code -layout}): the words in reading
 * order, one printed line a line, with no column left. The rows are rebuilt from the words and the notation alone:
 * the header's keys (自治体, 年度 …) and their values, section headings, a bare number after the column titles
 * starting a goal, 【今年度末に記載】 as its review, 総合計画 / 基本政策 starting its links. Where the viewer ran
 * two columns into one stream (a mid-term goal's description and schedule) each line is put back by its notation
 * ({@link MidTermLines}); the notes say where that was guessed.
 */
final class ViewerCopyRows {

	private static final Set<String> HEAD_KEYS = Set.of("自治体", "年度", "部局", "補職", "氏名");

	private static final Pattern YEAR_LABEL = Pattern.compile("(令和|平成)\\s*[0-9０-９元]{1,2}\\s*年度|[0-9]{4}\\s*年度");

	/** A label after a space inside a line: where the viewer ran a line of the next column onto this one. */
	private static final Pattern RUN_ON = Pattern.compile("(?<=\\S) (?=[(（][0-9０-９]{1,2}[)）] |[\\u2460-\\u2473] )");

	private enum Section {
		PREAMBLE, MISSIONS, POLICY, ANNUAL, MID_TERM
	}

	/** A content line's label: an item (1) or an action ①, whose lines run to the cell's edge when they wrap. */
	private static final Pattern ITEM_OR_ACTION = Pattern.compile("^(?:[(（][0-9０-９]{1,2}[)）]|[\\u2460-\\u2473])");

	private static final Pattern CIRCLED = Pattern.compile("^[\\u2460-\\u2473]");

	private final List<SourceRow> rows = new ArrayList<>();

	private final List<SourceNote> notes = new ArrayList<>();

	private final List<Line> lines = new ArrayList<>();

	/** A line of the copy: its number, text, and whether it came after a page's foot (a block out of its flow). */
	record Line(int number, String text, boolean stray) {
	}

	static ViewerCopyRows of(List<LayoutLine> source) {
		ViewerCopyRows out = new ViewerCopyRows();
		out.clean(source);
		out.read();
		return out;
	}

	List<SourceRow> rows() {
		return rows;
	}

	List<SourceNote> notes() {
		return notes;
	}

	/** The non-blank lines without page numbers; those after a page's number and before the next page are strays. */
	private void clean(List<LayoutLine> source) {
		boolean afterFoot = false;
		for (LayoutLine line : source) {
			if (line.pageStart() || LayoutWords.isSection(line.text()) || LayoutWords.isColumnTitle(line.text())) {
				afterFoot = false; // a new page, or (a copy without form feeds) the flow taken up again
			}
			if (line.isBlank()) {
				continue;
			}
			if (LayoutWords.isPageNumber(line.text())) {
				afterFoot = true;
				continue;
			}
			for (String part : RUN_ON.split(line.text().strip())) {
				lines.add(new Line(line.number(), part.strip(), afterFoot));
			}
		}
	}

	private void read() {
		Section section = Section.PREAMBLE;
		List<Line> part = new ArrayList<>();
		List<Line> strays = new ArrayList<>();
		int i = 0;
		for (; i < lines.size() && !isSection(lines.get(i)); i++) {
			part.add(lines.get(i));
		}
		List<Line> preamble = new ArrayList<>(part);
		part.clear();
		List<List<Line>> sections = new ArrayList<>();
		List<Section> kinds = new ArrayList<>();
		while (i < lines.size()) {
			Line heading = lines.get(i++);
			Section kind = sectionOf(heading.text());
			List<Line> body = new ArrayList<>();
			for (; i < lines.size() && !isSection(lines.get(i)); i++) {
				Line line = lines.get(i);
				if (line.stray() && kind != Section.ANNUAL && kind != Section.MID_TERM
						&& !line.text().equals(LayoutWords.PENDING)) {
					strays.add(line);
				}
				else {
					body.add(line);
				}
			}
			sections.add(body);
			kinds.add(kind);
			body.add(0, heading);
		}
		header(preamble, strays);
		for (int s = 0; s < sections.size(); s++) {
			List<Line> body = sections.get(s);
			rows.add(text(body.get(0)));
			List<Line> rest = body.subList(1, body.size());
			switch (kinds.get(s)) {
				case POLICY -> policy(rest);
				case ANNUAL -> goals(rest, true);
				case MID_TERM -> goals(rest, false);
				default -> paragraphs(rest);
			}
		}
	}

	private static boolean isSection(Line line) {
		return LayoutWords.isSection(line.text()) && sectionOf(line.text()) != null;
	}

	private static Section sectionOf(String text) {
		if (text.contains("中期目標")) {
			return Section.MID_TERM;
		}
		if (text.contains("当年度目標")) {
			return Section.ANNUAL;
		}
		if (text.contains("方針")) {
			return Section.POLICY;
		}
		return text.contains("使命") ? Section.MISSIONS : null;
	}

	/**
	 * The heading table: each key with its value. A viewer reads the form's title (year, department, 部局長の目標) and
	 * the table in one stream, so the 年度 takes the year it finds, every other key the next line that is no key and
	 * no part of the title; a key left without one takes a stray from the foot of the page, where the viewer put the
	 * table's last cell.
	 */
	private void header(List<Line> preamble, List<Line> strays) {
		List<SourceCell> cells = new ArrayList<>();
		boolean[] used = new boolean[preamble.size()];
		int first = preamble.isEmpty() ? 1 : preamble.get(0).number();
		for (int k = 0; k < preamble.size(); k++) {
			Line key = preamble.get(k);
			if (!HEAD_KEYS.contains(key.text()) || used[k]) {
				continue;
			}
			used[k] = true;
			Line value = null;
			for (int v = k + 1; v < preamble.size() && value == null; v++) {
				String t = preamble.get(v).text();
				boolean year = YEAR_LABEL.matcher(t).find();
				if (!used[v] && !HEAD_KEYS.contains(t) && !t.contains("部局長の目標") && (key.text().equals("年度") == year)) {
					value = preamble.get(v);
					used[v] = true;
				}
				if (HEAD_KEYS.contains(t) && !key.text().equals("年度")) {
					break;
				}
			}
			if (value == null && !strays.isEmpty()) {
				value = strays.remove(0);
				notes.add(SourceNote.at(value.number(), value.number() + "行目の「" + value.text() + "」を「" + key.text() + "」の値として読みました（ページの末尾に離れて写されています）"));
			}
			cells.add(cell(key.number(), cells.size() + 1, key.text()));
			cells.add(cell(value == null ? key.number() : value.number(), cells.size() + 1, value == null ? "" : value.text()));
		}
		if (!cells.isEmpty()) {
			rows.add(new SourceRow(first, RowKind.TABLE, cells));
		}
		for (int k = 0; k < preamble.size(); k++) {
			Line line = preamble.get(k);
			if (!used[k] && line.text().contains("部局長の目標")) {
				rows.add(text(line));
			}
		}
		for (Line stray : strays) {
			notes.add(SourceNote.at(stray.number(), stray.number() + "行目の「" + stray.text() + "」は置き場所が分からないため読み飛ばしました"));
		}
	}

	/** Paragraphs of running text (the missions): a label starts one, an unlabelled line continues it. */
	private void paragraphs(List<Line> body) {
		CellLines cell = new CellLines();
		body.forEach(l -> cell.add(l.number(), 0, l.text()));
		int widest = widest(body);
		for (CellLines.Paragraph p : cell.paragraphs(l -> full(l.text(), widest), false)) {
			rows.add(new SourceRow(p.line(), RowKind.TEXT, List.of(new SourceCell(p.line(), 1, p.block().text(), List.of(p.block())))));
		}
	}

	/** The policy table: its titles, then the statement and items left, the summary (or its placeholder) right. */
	private void policy(List<Line> body) {
		List<SourceCell> titles = new ArrayList<>();
		CellLines left = new CellLines();
		CellLines right = new CellLines();
		for (Line line : body) {
			if (LayoutWords.isColumnTitle(line.text())) {
				titles.add(cell(line.number(), titles.size() + 1, line.text()));
			}
			else if (line.text().equals(LayoutWords.PENDING)) {
				right.add(line.number(), 0, line.text());
			}
			else {
				left.add(line.number(), 0, line.text());
			}
		}
		if (!titles.isEmpty()) {
			rows.add(new SourceRow(titles.get(0).line(), RowKind.TABLE, titles));
		}
		int widest = widest(body);
		int line = left.isEmpty() ? right.firstLine() : left.firstLine();
		if (right.isEmpty()) {
			// a written summary runs in the copy among the 方針's lines: nothing in the words tells them apart
			notes.add(SourceNote.at(line, line + "行目からの方針の「取り組みの総括」は記載済みのため、コピーした文字では方針と区別できません。"
					+ "総括が方針に含まれて読まれていないか確認してください"));
		}
		rows.add(new SourceRow(line, RowKind.TABLE,
				List.of(cell(line, 1, left, widest, false), cell(line, 2, right, widest, false))));
	}

	/**
	 * The goal tables of a section: a bare number after the column titles starts a goal; its lines run to the next.
	 * Column titles printed again at a page's top, and page numbers, are left out wherever they fall.
	 */
	private void goals(List<Line> body, boolean annual) {
		// widths from the content's labelled lines: link lines span the table and say nothing of a cell's edge
		int widest = widest(body.stream().filter(l -> ITEM_OR_ACTION.matcher(l.text()).lookingAt()).toList());
		int descriptionWidth = widest(body.stream()
			.filter(l -> ITEM_OR_ACTION.matcher(l.text()).lookingAt() && !l.text().matches(".*(令和|平成|年度).*")
					&& !CIRCLED.matcher(l.text()).lookingAt())
			.toList());
		int scheduleWidth = widest(body.stream().filter(l -> CIRCLED.matcher(l.text()).lookingAt()).toList());
		boolean afterTitles = false;
		boolean headed = false;
		Goal goal = null;
		for (Line line : body) {
			String t = line.text();
			if (LayoutWords.isColumnTitle(t)) {
				if (!headed) {
					headerRows(line.number(), annual);
					headed = true;
				}
				afterTitles = true;
				continue;
			}
			if (afterTitles && LayoutWords.GOAL_NUMBER.matcher(t).matches()) {
				finish(goal, annual, widest, descriptionWidth, scheduleWidth);
				goal = new Goal(line);
				afterTitles = false;
				continue;
			}
			afterTitles = false;
			if (goal == null) {
				rows.add(text(line));
				continue;
			}
			goal.add(line, annual);
		}
		finish(goal, annual, widest, descriptionWidth, scheduleWidth);
	}

	private void headerRows(int line, boolean annual) {
		if (annual) {
			rows.add(new SourceRow(line, RowKind.TABLE, List.of(cell(line, 1, "No"), cell(line, 2, "当年度目標(当初設定)"),
					cell(line, 3, "実績"))));
			rows.add(new SourceRow(line, RowKind.TABLE, List.of(cell(line, 1, ""), cell(line, 2, "取組み事項及びその内容・スケジュール"),
					cell(line, 3, "取組みを行った内容・成果"), cell(line, 4, "課題・今後の方向性"))));
		}
		else {
			rows.add(new SourceRow(line, RowKind.TABLE, List.of(cell(line, 1, "No"),
					cell(line, 2, "取組み事項及び取組みにあたっての課題・めざす成果など"), cell(line, 3, "スケジュール(工程)"))));
		}
	}

	private void finish(Goal goal, boolean annual, int widest, int descriptionWidth, int scheduleWidth) {
		if (goal == null) {
			return;
		}
		int line = goal.number.number();
		int columns = annual ? 4 : 3;
		List<SourceCell> cells = new ArrayList<>();
		cells.add(cell(line, 1, goal.number.text()));
		if (annual && goal.reviews.size() < 2) {
			// written reviews run in the copy among the goal's content: nothing in the words tells them apart
			notes.add(SourceNote.at(line, line + "行目の当年度目標" + goal.number.text() + "の振り返り（実績・課題）は記載済みのため、コピーした文字では"
					+ "取組み事項と区別できません。振り返りが取組み事項に含まれて読まれていないか確認してください"));
		}
		if (annual) {
			cells.add(cell(line, 2, goal.content, widest, false));
			cells.add(goal.reviews.size() > 0 ? cell(goal.reviews.get(0).number(), 3, LayoutWords.PENDING) : cell(line, 3, ""));
			cells.add(goal.reviews.size() > 1 ? cell(goal.reviews.get(1).number(), 4, LayoutWords.PENDING) : cell(line, 4, ""));
		}
		else {
			MidTermLines split = MidTermLines.of(goal.content.lines(), descriptionWidth, scheduleWidth);
			notes.addAll(split.notes());
			cells.add(cell(line, 2, split.description(), split.descriptionWidth(), false));
			cells.add(cell(line, 3, split.schedule(), split.scheduleWidth(), false));
		}
		rows.add(new SourceRow(line, RowKind.TABLE, cells));
		for (CellLines links : goal.links) {
			List<SourceCell> linkCells = new ArrayList<>();
			for (int c = 1; c <= columns; c++) {
				linkCells.add(c == 2 ? cell(links.firstLine(), 2, links, widest, true) : cell(links.firstLine(), c, ""));
			}
			rows.add(new SourceRow(links.firstLine(), RowKind.TABLE, linkCells));
		}
	}

	/** A goal's lines as they come: content, review placeholders, link areas. */
	private static final class Goal {

		final Line number;

		final CellLines content = new CellLines();

		final List<Line> reviews = new ArrayList<>();

		final List<CellLines> links = new ArrayList<>();

		Goal(Line number) {
			this.number = number;
		}

		void add(Line line, boolean annual) {
			String t = line.text();
			if (annual && t.equals(LayoutWords.PENDING)) {
				reviews.add(line);
			}
			else if (LayoutWords.LINK_MARKER.matcher(t).lookingAt()) {
				links.add(new CellLines());
				links.get(links.size() - 1).add(line.number(), 0, t);
			}
			else if (!links.isEmpty()) {
				links.get(links.size() - 1).add(line.number(), 0, t);
			}
			else {
				content.add(line.number(), 0, t);
			}
		}
	}

	private static int widest(List<Line> lines) {
		return lines.stream().mapToInt(l -> LayoutLine.displayWidth(l.text())).max().orElse(0);
	}

	/** A line that ran to the edge of its cell: within a few characters of the widest line that ends a sentence. */
	static boolean full(String text, int widest) {
		return LayoutLine.displayWidth(text) >= widest - 10;
	}

	private static SourceCell cell(int line, int column, CellLines lines, int widest, boolean links) {
		if (lines.isEmpty()) {
			return cell(line, column, "");
		}
		List<SourceBlock> blocks = lines.blocks(l -> full(l.text(), widest), links);
		return new SourceCell(lines.firstLine(), column, CellLines.raw(blocks), blocks);
	}

	private static SourceCell cell(int line, int column, String text) {
		return new SourceCell(line, column, text, text.isEmpty() ? List.of() : List.of(LayoutTable.plain(text)));
	}

	private static SourceRow text(Line line) {
		return new SourceRow(line.number(), RowKind.TEXT, List.of(cell(line.number(), 1, line.text())));
	}

}
