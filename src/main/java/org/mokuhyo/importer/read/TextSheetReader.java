package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mokuhyo.importer.read.SourceRow.RowKind;

/**
 * Reads the published text export: markdown headings and lists, tab-separated table rows, HTML inside cells.
 */
public final class TextSheetReader implements DocumentReader {

	private static final Pattern MARKDOWN_RULE = Pattern.compile(":?-{3,}:?");

	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");

	@Override
	public boolean accepts(byte[] content, String fileName) {
		// the fallback reader: anything that is not a recognised binary container is tried as text
		return true;
	}

	@Override
	public SourceDocument read(byte[] content, String fileName, ReadBudget budget) {
		TextDecoder.Decoded decoded = TextDecoder.decode(content);
		budget.text(decoded.text(), false);
		List<SourceNote> notes = new ArrayList<>();
		if (!decoded.charset().name().equals("UTF-8")) {
			notes.add(SourceNote.whole("文字コード " + decoded.charset().displayName() + " として読み込みました"));
		}
		String[] lines = LINE_BREAK.split(decoded.text(), -1);
		List<SourceRow> rows = new ArrayList<>(lines.length);
		for (int i = 0; i < lines.length; i++) {
			SourceRow row = readLine(i + 1, lines[i]);
			if (row != null) {
				noteHidden(row, notes);
			}
			if (row != null) {
				rows.add(row);
			}
		}
		return new SourceDocument(fileName, rows, notes);
	}

	/** A cell's script, style or template is not read: said at the cell, as its content is not in the sheet. */
	private static void noteHidden(SourceRow row, List<SourceNote> notes) {
		for (SourceCell cell : row.cells()) {
			String hidden = CellHtml.hiddenElement(cell.raw());
			if (hidden != null) {
				notes.add(new SourceNote(cell.line(), cell.column(),
						"セルの <" + hidden + "> 要素の内容は表示される文章ではないため読み込みませんでした"));
			}
		}
	}

	private static SourceRow readLine(int lineNo, String line) {
		if (line.isBlank()) {
			return null;
		}
		if (line.indexOf('\t') >= 0) {
			String[] parts = line.split("\t", -1);
			if (isMarkdownRule(parts)) {
				return null;
			}
			List<SourceCell> cells = new ArrayList<>(parts.length);
			for (int c = 0; c < parts.length; c++) {
				cells.add(new SourceCell(lineNo, c + 1, parts[c], CellHtml.blocks(parts[c])));
			}
			return new SourceRow(lineNo, RowKind.TABLE, cells);
		}
		var heading = HEADING.matcher(line.strip());
		if (heading.matches()) {
			return new SourceRow(lineNo, RowKind.HEADING,
					List.of(new SourceCell(lineNo, 1, line, CellHtml.blocks(heading.group(1)))));
		}
		// a single-cell table row (e.g. a lone <b>基本政策</b>) carries HTML; running text does not
		RowKind kind = line.contains("<") && line.contains(">") ? RowKind.TABLE : RowKind.TEXT;
		return new SourceRow(lineNo, kind, List.of(new SourceCell(lineNo, 1, line, CellHtml.blocks(line))));
	}

	private static boolean isMarkdownRule(String[] parts) {
		boolean any = false;
		for (String p : parts) {
			String s = p.strip();
			if (s.isEmpty()) {
				continue;
			}
			if (!MARKDOWN_RULE.matcher(s).matches()) {
				return false;
			}
			any = true;
		}
		return any;
	}
}
