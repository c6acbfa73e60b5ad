package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.importer.read.LayoutLine.Piece;
import org.mokuhyo.importer.read.SourceRow.RowKind;

/**
 * Laid-out text ({@code pdftotext -layout}) into the rows a tab-separated export gives. Outside tables: the form's
 * title, the header (自治体 豊中市 年度 … as a row of cells), section headings and paragraphs (wrapped lines joined).
 * A table starts at a line of column titles and runs to the next section heading; where a page breaks inside it,
 * the page number and the column titles printed again at the top of the next page are dropped, so that a goal cut
 * by the break is one row again.
 */
final class LayoutRows {

	private final List<LayoutLine> lines;

	private final List<SourceRow> rows = new ArrayList<>();

	private LayoutRows(List<LayoutLine> lines) {
		this.lines = lines.stream().filter(l -> !LayoutWords.isPageNumber(l.text())).toList();
	}

	static List<SourceRow> of(List<LayoutLine> lines) {
		return new LayoutRows(lines).read();
	}

	private List<SourceRow> read() {
		LayoutTable table = null;
		CellLines paragraph = new CellLines();
		int i = 0;
		while (i < lines.size()) {
			LayoutLine line = lines.get(i);
			if (line.isBlank()) {
				if (table != null) {
					table.body(line);
				}
				else {
					paragraph = flush(paragraph);
				}
				i++;
				continue;
			}
			if (isTitleLine(line)) {
				int end = titlesEnd(i);
				if (table != null && table.hasBody() && continues(end)) {
					// the titles printed again at the top of a page the table runs over
					table.page(lines.subList(i, end).stream().filter(l -> !l.isBlank()).toList());
					i = end;
					continue;
				}
				paragraph = flush(paragraph);
				table = finish(table);
				table = new LayoutTable();
				for (int j = i; j < end; j++) {
					if (!lines.get(j).isBlank()) {
						table.header(lines.get(j));
					}
				}
				i = end;
				continue;
			}
			List<Piece> pieces = line.pieces();
			if (pieces.size() == 1 && line.indent() <= 2 && LayoutWords.isSection(line.text())) {
				paragraph = flush(paragraph);
				table = finish(table);
				rows.add(text(line.number(), line.text().strip()));
				i++;
				continue;
			}
			if (table != null) {
				table.body(line);
			}
			else if (line.text().contains("部局長の目標") || pieces.size() == 1) {
				// the form's title is one line whatever its spacing; other single pieces are running text
				if (pieces.size() > 1) {
					paragraph = flush(paragraph);
					rows.add(text(line.number(), String.join(" ", pieces.stream().map(Piece::text).toList())));
				}
				else {
					paragraph.add(line.number(), line.indent(), line.text());
				}
			}
			else {
				paragraph = flush(paragraph);
				rows.add(cells(line.number(), pieces));
			}
			i++;
		}
		flush(paragraph);
		finish(table);
		return rows;
	}

	/** A line of column titles only (No, 当年度目標(当初設定), 実績 …). */
	private static boolean isTitleLine(LayoutLine line) {
		List<Piece> pieces = line.pieces();
		return !pieces.isEmpty() && pieces.stream().allMatch(p -> LayoutWords.isColumnTitle(p.text()));
	}

	/** The index after a run of title lines (blank lines between them included). */
	private int titlesEnd(int from) {
		int end = from;
		int j = from;
		while (j < lines.size() && (lines.get(j).isBlank() || isTitleLine(lines.get(j)))) {
			j++;
			if (!lines.get(j - 1).isBlank()) {
				end = j;
			}
		}
		return end;
	}

	/** Whether the body after repeated titles carries on the table before: it does not open with a goal number. */
	private boolean continues(int from) {
		for (int j = from; j < lines.size(); j++) {
			LayoutLine line = lines.get(j);
			if (line.isBlank()) {
				continue;
			}
			List<Piece> pieces = line.pieces();
			if (pieces.size() == 1 && line.indent() <= 2 && LayoutWords.isSection(line.text())) {
				return false;
			}
			return !(pieces.size() > 1 && LayoutWords.GOAL_NUMBER.matcher(pieces.get(0).text()).matches());
		}
		return false;
	}

	private LayoutTable finish(LayoutTable table) {
		if (table != null) {
			rows.addAll(table.rows());
		}
		return null;
	}

	private CellLines flush(CellLines paragraph) {
		if (!paragraph.isEmpty()) {
			int widest = paragraph.lines().stream().mapToInt(l -> 2 * l.start() + LayoutLine.displayWidth(l.text())).max().orElse(0);
			for (CellLines.Paragraph p : paragraph.paragraphs(l -> 2 * l.start() + LayoutLine.displayWidth(l.text()) >= widest - 8, false)) {
				int line = p.line();
				SourceBlock block = p.block();
				rows.add(new SourceRow(line, RowKind.TEXT, List.of(new SourceCell(line, 1, block.text(), List.of(block)))));
			}
		}
		return new CellLines();
	}

	private static SourceRow text(int line, String text) {
		return new SourceRow(line, RowKind.TEXT, List.of(new SourceCell(line, 1, text, List.of(LayoutTable.plain(text)))));
	}

	private static SourceRow cells(int line, List<Piece> pieces) {
		List<SourceCell> cells = new ArrayList<>();
		for (Piece piece : pieces) {
			cells.add(new SourceCell(line, cells.size() + 1, piece.text(), List.of(LayoutTable.plain(piece.text()))));
		}
		return new SourceRow(line, RowKind.TABLE, cells);
	}
}
