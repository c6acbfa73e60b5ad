package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.read.SourceRow.RowKind;
import org.w3c.dom.Element;

/**
 * The body of a Word document in document order as rows: a paragraph outside tables is a row of one cell (a heading
 * when its style is one), a table row is a row with one cell per grid column. A cell spanning columns (gridSpan) holds
 * its text in its first column and leaves the others blank, as a merged region does in the spreadsheet reader; a cell
 * continuing a vertical merge is blank. The line of a row is its place in the document: the n-th paragraph or table
 * row.
 */
final class DocxBody {

	private final DocxParagraphs paragraphs;

	private final List<SourceRow> rows = new ArrayList<>();

	private final List<SourceNote> notes;

	private int line;

	private boolean cut;

	private boolean nested;

	DocxBody(DocxParagraphs paragraphs, List<SourceNote> notes) {
		this.paragraphs = paragraphs;
		this.notes = notes;
	}

	List<SourceRow> read(Element body) {
		blockContent(body);
		if (cut) {
			notes.add(SourceNote.whole(XlsxSheetReader.MAX_COLUMNS + " 列目より右の表の内容は読み込みませんでした"));
		}
		if (nested) {
			notes.add(SourceNote.whole("表の中の表は、その外側のセルの段落として読み込みました"));
		}
		return rows;
	}

	/** Paragraphs and tables, also inside content controls (w:sdt) and custom XML. */
	private void blockContent(Element parent) {
		for (Element e : WordXml.children(parent)) {
			if (WordXml.is(e, "p")) {
				paragraph(e);
			}
			else if (WordXml.is(e, "tbl")) {
				table(e);
			}
			else if (WordXml.is(e, "sdt")) {
				blockContent(WordXml.child(e, "sdtContent"));
			}
			else if (WordXml.is(e, "customXml")) {
				blockContent(e);
			}
		}
	}

	private int nextLine() {
		if (++line > XlsxSheetReader.MAX_ROWS) {
			throw new ImportRejectedException("TOO_LARGE", "Word 文書の段落と表の行が多すぎます（上限 " + XlsxSheetReader.MAX_ROWS
					+ "）。目標シートの部分だけを指定してください。");
		}
		return line;
	}

	private void paragraph(Element p) {
		int at = nextLine();
		List<SourceBlock> blocks = paragraphs.blocks(p);
		if (blocks.isEmpty()) {
			return;
		}
		RowKind kind = paragraphs.heading(p) ? RowKind.HEADING : RowKind.TEXT;
		rows.add(new SourceRow(at, kind, List.of(new SourceCell(at, 1, raw(blocks), blocks))));
	}

	private void table(Element tbl) {
		for (Element tr : rowsOf(tbl)) {
			SourceRow row = row(tr, nextLine());
			if (!row.isBlank()) {
				rows.add(row);
			}
		}
	}

	private SourceRow row(Element tr, int at) {
		List<SourceCell> cells = new ArrayList<>();
		int before = WordXml.intVal(WordXml.path(tr, "trPr", "gridBefore"), 0);
		for (int i = 0; i < before && cells.size() < XlsxSheetReader.MAX_COLUMNS; i++) {
			cells.add(blank(at, cells.size() + 1));
		}
		for (Element tc : cellsOf(tr)) {
			Element tcPr = WordXml.child(tc, "tcPr");
			int span = Math.max(1, WordXml.intVal(WordXml.child(tcPr, "gridSpan"), 1));
			if (cells.size() >= XlsxSheetReader.MAX_COLUMNS) {
				cut |= !blocks(tc).isEmpty();
				continue;
			}
			int column = cells.size() + 1;
			cells.add(continuesMerge(tcPr) ? blank(at, column) : cell(at, column, blocks(tc)));
			for (int i = 1; i < span && cells.size() < XlsxSheetReader.MAX_COLUMNS; i++) {
				cells.add(blank(at, cells.size() + 1));
			}
		}
		return new SourceRow(at, RowKind.TABLE, cells);
	}

	/** A cell below the first of a vertical merge (w:vMerge without restart), or right of a legacy hMerge. */
	private static boolean continuesMerge(Element tcPr) {
		Element vMerge = WordXml.child(tcPr, "vMerge");
		Element hMerge = WordXml.child(tcPr, "hMerge");
		return vMerge != null && !"restart".equals(WordXml.val(vMerge))
				|| hMerge != null && !"restart".equals(WordXml.val(hMerge));
	}

	/** The cell's paragraphs; a table inside the cell read row by row, cell by cell, as more paragraphs. */
	private List<SourceBlock> blocks(Element container) {
		List<SourceBlock> out = new ArrayList<>();
		for (Element e : WordXml.children(container)) {
			if (WordXml.is(e, "p")) {
				out.addAll(paragraphs.blocks(e));
			}
			else if (WordXml.is(e, "tbl")) {
				nested = true;
				for (Element tr : rowsOf(e)) {
					for (Element tc : cellsOf(tr)) {
						if (!continuesMerge(WordXml.child(tc, "tcPr"))) {
							out.addAll(blocks(tc));
						}
					}
				}
			}
			else if (WordXml.is(e, "sdt")) {
				out.addAll(blocks(WordXml.child(e, "sdtContent")));
			}
			else if (WordXml.is(e, "customXml")) {
				out.addAll(blocks(e));
			}
		}
		return out;
	}

	private static List<Element> rowsOf(Element tbl) {
		return wrapped(tbl, "tr");
	}

	private static List<Element> cellsOf(Element tr) {
		return wrapped(tr, "tc");
	}

	/** The children of that name, also those wrapped in a content control or custom XML. */
	private static List<Element> wrapped(Element parent, String name) {
		List<Element> out = new ArrayList<>();
		for (Element e : WordXml.children(parent)) {
			if (WordXml.is(e, name)) {
				out.add(e);
			}
			else if (WordXml.is(e, "sdt")) {
				out.addAll(wrapped(WordXml.child(e, "sdtContent"), name));
			}
			else if (WordXml.is(e, "customXml")) {
				out.addAll(wrapped(e, name));
			}
		}
		return out;
	}

	private static SourceCell cell(int line, int column, List<SourceBlock> blocks) {
		return new SourceCell(line, column, raw(blocks), blocks);
	}

	private static SourceCell blank(int line, int column) {
		return new SourceCell(line, column, "", List.of());
	}

	private static String raw(List<SourceBlock> blocks) {
		return String.join("\n", blocks.stream().map(SourceBlock::text).toList());
	}
}
