package org.mokuhyo.importer.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.read.PdfGlyphs.Glyph;
import org.mokuhyo.importer.read.PdfPageReader.CellDraft;
import org.mokuhyo.importer.read.PdfPageReader.Item;
import org.mokuhyo.importer.read.PdfPageReader.TextLine;
import org.mokuhyo.importer.read.SourceRow.RowKind;

/**
 * Reads a sheet published as PDF (recognised by its {@code %PDF-} header): the text with its positions, the ruling
 * lines of its tables, and from them rows of cells of paragraphs, the intermediate form the text export gives. A row
 * cut at a page's foot is joined with its rest on the next page and a head repeated on every page is read once
 * ({@link PdfPageBreaks}); the document title above the first table and page numbers are left out. Text is read as
 * shown: clipped text is not, and a producer's /ActualText is the text of the glyphs it covers ({@link PdfGlyphs}). A source position is the page and the line on
 * it: {@code line} = page × 1000 + line of the page (2012 = page 2, line 12). Each page is read as it is shown
 * (its /Rotate and crop box applied), or, when its text runs another way, along its text, with a note.
 * <p>
 * Not for PDFs without text (scans: {@code NO_TEXT}), with a password ({@code ENCRYPTED}) or not readable as PDF
 * ({@code PDF_UNREADABLE}).
 */
public final class PdfSheetReader implements DocumentReader {

	/** Lines of one page are numbered from page × this. */
	public static final int LINES_PER_PAGE = 1000;

	/** Baselines further apart than this many ems start a new paragraph (a paragraph's lines are closer). */
	private static final float PARAGRAPH_PITCH_EMS = 1.6f;

	/**
	 * A line ending this many ems before a full line's end, and further than the next line's first word is wide, is a
	 * paragraph's last.
	 */
	private static final float SHORT_EMS = 3.5f;

	private static final String OPENING = "(（「『【［[〔〈《";

	private static final String NO_LINE_START = ")）」』】］]〕〉》、。，．,.・ー～ぁぃぅぇぉっゃゅょァィゥェォッャュョ";

	private static final Pattern LABEL = Pattern.compile(
			"^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[)）]|[\\u2460-\\u2473]|[・●○◯■□◆◇※]|[0-9０-９]{1,2}\\s*[-－]\\s*[0-9０-９]{1,2}\\s*[-－])");

	@Override
	public boolean accepts(byte[] content, String fileName) {
		String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
		return head.contains("%PDF-");
	}

	@Override
	public SourceDocument read(byte[] content, String fileName, ReadBudget budget) {
		try (PDDocument document = load(content)) {
			if (document.getNumberOfPages() > ReadBudget.MAX_PAGES) {
				// the page tree's own count: refused before a page is read (a tree that lies is counted as it is read)
				budget.pagesDeclared(document.getNumberOfPages());
			}
			PdfGlyphs glyphs = PdfGlyphs.of(document, budget);
			int images = 0;
			List<Item> items = new ArrayList<>();
			List<SourceNote> joins = new ArrayList<>();
			PdfPageBreaks breaks = new PdfPageBreaks(joins);
			Map<Integer, Integer> sideways = new TreeMap<>(); // page → how far its text is turned as shown
			List<PdfPageFrame> frames = new ArrayList<>();
			List<PdfRulings> pageRulings = new ArrayList<>();
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				PDPage page = document.getPage(p - 1);
				int shown = PdfPageFrame.normalize(page.getRotation());
				PdfPageFrame frame = new PdfPageFrame(page.getCropBox(), glyphs.direction(p, shown));
				if (frame.turn() != shown) {
					sideways.put(p, Math.floorMod(frame.turn() - shown, 360));
				}
				PdfRulings rulings = PdfRulings.of(page, frame, budget);
				images += rulings.images();
				frames.add(frame);
				pageRulings.add(rulings);
			}
			List<Float> grid = PdfRulings.columnGrid(pageRulings);
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				PdfPageFrame frame = frames.get(p - 1);
				List<Glyph> pageGlyphs = glyphs.page(p, frame);
				PdfRulings rulings = pageRulings.get(p - 1);
				budget.cellSearch(pageGlyphs.size(), rulings.horizontal().size() + rulings.vertical().size());
				List<Item> pageItems = new ArrayList<>(PdfPageReader.read(p, frame.height(), pageGlyphs, rulings, grid));
				if (p == 1) {
					dropTitle(pageItems);
				}
				breaks.page(pageItems);
				items.addAll(pageItems);
			}
			if (glyphs.count() == 0) {
				throw noText(images, glyphs.unmapped());
			}
			List<SourceNote> notes = new ArrayList<>();
			if (!sideways.isEmpty()) {
				notes.add(SourceNote.whole(sidewaysNote(sideways)));
			}
			notes.addAll(joins);
			List<SourceRow> rows = rows(items, notes);
			return new SourceDocument(fileName, rows, notes);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			if (ex instanceof ImportRejectedException refused) {
				throw refused;
			}
			// PDFBox's own failures on a damaged file (a cyclic page tree, a missing object, nesting too deep) are
			// the file's fault: one refusal, never the library's text
			throw unreadable();
		}
	}

	private static ImportRejectedException unreadable() {
		return new ImportRejectedException("PDF_UNREADABLE",
				"PDF として読み取れません（ファイルが壊れているか、途中で切れています）。元の PDF をもう一度指定してください。");
	}

	private static PDDocument load(byte[] content) throws IOException {
		try {
			return Loader.loadPDF(content);
		}
		catch (InvalidPasswordException ex) {
			throw new ImportRejectedException("ENCRYPTED",
					"パスワードで保護された PDF は読み込めません。保護を解除した PDF を指定してください。");
		}
	}

	private static ImportRejectedException noText(int images, int unmapped) {
		String why = unmapped > 0 ? "文字の情報（文字コード）を持たない PDF です" : "文字を含まない PDF です（スキャン画像など）";
		return new ImportRejectedException("NO_TEXT", why + "。文字を含む PDF か、テキスト・Excel 形式の目標シートを指定してください。"
				+ (images > 0 ? "（画像 " + images + " 点のみの PDF です）" : ""));
	}

	/**
	 * Pages whose text a viewer shows turned (their /Rotate not undone by how their content is drawn): read along
	 * their text, as someone turning the page would, and named, since what a viewer shows is not what was read.
	 */
	private static String sidewaysNote(Map<Integer, Integer> pages) {
		String list = String.join(", ", pages.keySet().stream().map(String::valueOf).toList());
		boolean upsideDown = pages.containsValue(180);
		boolean onItsSide = pages.values().stream().anyMatch(t -> t != 180);
		String how = upsideDown && onItsSide ? "横向きまたは逆さま" : upsideDown ? "逆さま" : "横向き";
		return list + " ページは文字が" + how + "に表示されるページです。文字の向きに合わせて読み込みました。内容に誤りがないか確認してください";
	}

	/** The document title above the first table of the first page (e.g. 令和6年度 市民協働部 部局長の目標). */
	private static void dropTitle(List<Item> items) {
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			if (item.table && item.tableId != null) {
				return;
			}
			if (item.text().replaceAll("\\s", "").contains("部局長の目標")) {
				items.remove(i);
				return;
			}
		}
	}

	private static List<SourceRow> rows(List<Item> items, List<SourceNote> notes) {
		List<SourceRow> rows = new ArrayList<>();
		List<TextLine> running = new ArrayList<>();
		float body = bodySize(items);
		java.util.Set<Integer> unruled = new java.util.TreeSet<>();
		for (Item item : items) {
			if (item.table) {
				flushRunning(running, rows, body);
				rows.add(tableRow(item, notes));
				if (item.tableId == null) {
					unruled.add(item.page);
				}
			}
			else {
				running.addAll(item.cells.get(0).lines);
			}
		}
		flushRunning(running, rows, body);
		if (!unruled.isEmpty()) {
			notes.add(SourceNote.at(unruled.iterator().next() * LINES_PER_PAGE + 1, String.join(", ", unruled.stream().map(String::valueOf).toList())
					+ " ページの罫線のない表は、文字の間隔から列を分けて読み込みました。列の分かれ目に誤りがないか確認してください"));
		}
		return rows;
	}

	private static SourceRow tableRow(Item item, List<SourceNote> notes) {
		List<SourceCell> cells = new ArrayList<>();
		int line = item.page * LINES_PER_PAGE + item.cells.stream().mapToInt(CellDraft::firstLine).min().orElse(0);
		int firstColumn = item.cells.get(0).column;
		for (int c = 1; c < firstColumn; c++) {
			cells.add(new SourceCell(line, c, "", List.of()));
		}
		int lastColumn = firstColumn - 1;
		for (CellDraft cell : item.cells) {
			int column = Math.max(cell.column, lastColumn + 1); // two cells never share a column
			lastColumn = column;
			List<SourceBlock> blocks = blocks(cell.lines, fullRight(cell), notes);
			String raw = String.join("\n", blocks.stream().map(SourceBlock::text).toList());
			cells.add(new SourceCell(item.page * LINES_PER_PAGE + cell.firstLine(), column, raw, blocks));
		}
		return new SourceRow(line, RowKind.TABLE, cells);
	}

	/** Where a full line of the cell ends: its right edge less the padding its text keeps on the left. */
	private static float fullRight(CellDraft cell) {
		if (Float.isInfinite(cell.right) || cell.lines.isEmpty()) {
			return cell.lines.stream().map(l -> l.right).max(Float::compare).orElse(0f);
		}
		float minLeft = cell.lines.stream().map(l -> l.left).min(Float::compare).orElse(cell.left);
		return cell.right - Math.max(0, minLeft - cell.left);
	}

	/** Running text as paragraphs, each its own row (a heading when set larger than the body). */
	private static void flushRunning(List<TextLine> lines, List<SourceRow> rows, float body) {
		if (lines.isEmpty()) {
			return;
		}
		float right = lines.stream().map(l -> l.right).max(Float::compare).orElse(0f);
		int start = 0;
		for (int i = 1; i <= lines.size(); i++) {
			if (i == lines.size() || breakBefore(lines.get(i - 1), lines.get(i), right, null)) {
				List<TextLine> paragraph = lines.subList(start, i);
				TextLine first = paragraph.get(0);
				int line = first.page * LINES_PER_PAGE + first.number;
				SourceBlock block = block(paragraph);
				RowKind kind = first.size >= body * 1.2f ? RowKind.HEADING : RowKind.TEXT;
				rows.add(new SourceRow(line, kind, List.of(new SourceCell(line, 1, block.text(), List.of(block)))));
				start = i;
			}
		}
		lines.clear();
	}

	/** Lines joined into paragraphs. */
	static List<SourceBlock> blocks(List<TextLine> lines, float fullRight, List<SourceNote> notes) {
		List<SourceBlock> out = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= lines.size(); i++) {
			if (i == lines.size() || breakBefore(lines.get(i - 1), lines.get(i), fullRight, notes)) {
				SourceBlock block = block(lines.subList(start, i));
				if (!block.text().isEmpty()) {
					out.add(block);
				}
				start = i;
			}
		}
		return out;
	}

	/**
	 * A new paragraph starts with a wider gap above it, another size or weight, a label ((1), ①, a bullet, a plan
	 * code) or after a line that stops short; across a page only the last two tell. A ・ wrapped to a line's start
	 * ({@link PdfWrappedDots}) is no label.
	 */
	private static boolean breakBefore(TextLine prev, TextLine line, float fullRight, List<SourceNote> notes) {
		float size = Math.max(prev.size, line.size);
		if (line.page == prev.page && line.baseline - prev.baseline > PARAGRAPH_PITCH_EMS * size) {
			return true;
		}
		if (Math.abs(line.size - prev.size) > 0.15f * size || line.bold != prev.bold) {
			return true;
		}
		if (LABEL.matcher(line.text.strip()).find()) {
			return !PdfWrappedDots.continues(prev, line, fullRight, notes);
		}
		// a wrapped line stops short by no more than the next line's first word, which did not fit
		return prev.right < fullRight - Math.max(SHORT_EMS * size, firstWordWidth(line) + size);
	}

	/**
	 * About how wide the line's first unbreakable piece is: opening brackets, then a run of half-width letters and
	 * digits or one full-width character, then the closing marks that may not start a line ({@code （2027}, {@code
	 * DXaaS}, {@code 令}). Half-width characters count as 0.6 of the size, others as the size.
	 */
	static float firstWordWidth(TextLine line) {
		String text = line.text.strip();
		int i = 0;
		while (i < text.length() && OPENING.indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		if (i < text.length() && text.charAt(i) < 0x80) {
			while (i < text.length() && text.charAt(i) < 0x80 && !Character.isWhitespace(text.charAt(i))) {
				i++;
			}
		}
		else if (i < text.length()) {
			i++;
		}
		while (i < text.length() && NO_LINE_START.indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		float ems = 0;
		for (int c = 0; c < i; c++) {
			ems += text.charAt(c) < 0x80 ? 0.6f : 1f;
		}
		return ems * line.size;
	}

	/**
	 * A paragraph's lines joined as they stand. A PDF does not draw the space a line broke at: where a line ends
	 * before a half-width word ({@code 来館者数 10,000人}), a space there is lost, and no note can tell it from the far
	 * more common break without one ({@code 令和|6年度}).
	 */
	private static SourceBlock block(List<TextLine> lines) {
		StringBuilder text = new StringBuilder();
		boolean bold = true;
		for (TextLine l : lines) {
			text.append(l.text);
			bold &= l.bold;
		}
		String collapsed = CellHtml.collapse(text.toString());
		return new SourceBlock(SourceBlock.Kind.PARAGRAPH, List.of(new SourceBlock.Run(collapsed, bold)));
	}

	private static float bodySize(List<Item> items) {
		List<Float> sizes = new ArrayList<>();
		for (Item item : items) {
			for (CellDraft c : item.cells) {
				c.lines.forEach(l -> sizes.add(l.size));
			}
		}
		if (sizes.isEmpty()) {
			return 0;
		}
		sizes.sort(Float::compare);
		return sizes.get(sizes.size() / 2);
	}
}
