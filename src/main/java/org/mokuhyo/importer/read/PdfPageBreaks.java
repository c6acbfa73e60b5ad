package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.importer.read.PdfPageReader.CellDraft;
import org.mokuhyo.importer.read.PdfPageReader.Item;

/**
 * What a page break does to a printed table, undone page by page: a row cut at a page's foot goes on on the next
 * page (joined back, cell by cell), and a head printed again at the top of every page is read once. Where the layout
 * does not state a join, the join is named in the notes.
 */
final class PdfPageBreaks {

	/** A page's head (rows repeated at its top) has at most this many rows. */
	private static final int HEAD_ROWS = 3;

	private final List<SourceNote> notes;

	/** The last row of the pages so far, when cut at its page's foot. */
	private Item open;

	private List<String> previousTop = List.of();

	PdfPageBreaks(List<SourceNote> notes) {
		this.notes = notes;
	}

	/** Takes the next page's items, joins the rest of a cut row and drops a repeated head from them. */
	void page(List<Item> items) {
		List<String> top = topRows(items);
		if (open != null) {
			open = joinContinuation(open, items);
		}
		dropRunningHead(previousTop, items);
		previousTop = top;
		Item last = items.isEmpty() ? null : items.get(items.size() - 1);
		if (last != null && last.table && last.open()) {
			open = last;
		}
	}

	/**
	 * Joins to {@code open} (the last row of the previous page, cut at its foot: some of its cells have no rule below)
	 * its continuation: the cells of the first row under the page's repeated head that stand where its open cells
	 * stand. Chromium cuts a tall row and goes on with all its cells; LibreOffice never cuts a row, but a merged cell
	 * runs on over the break, and only it goes on, beside the next row's own cells, which stay a row of their own. A
	 * first row with its own number (a cell in the open row's first column) is a new row, not a continuation. Returns
	 * the row still open after this page, or null.
	 * <p>
	 * The layout states the continuation when the table's head is repeated above it, or when the continuing cells have
	 * no rule above them; otherwise the join is the reader's guess, named in {@code notes}, so a person checks that
	 * row.
	 */
	private Item joinContinuation(Item open, List<Item> page) {
		int i = 0;
		while (i < page.size() && !page.get(i).table) {
			i++;
		}
		List<Item> headers = new ArrayList<>();
		while (i < page.size() && page.get(i).table && open.tableHead.contains(page.get(i).text())
				&& !page.get(i).text().equals(open.text())) {
			headers.add(page.get(i));
			i++;
		}
		if (i >= page.size() || !page.get(i).table) {
			return null;
		}
		Item next = page.get(i);
		CellDraft first = open.cells.get(0);
		if (open.cells.size() > 1 && next.cells.stream().anyMatch(c -> sameColumn(c, first))) {
			return null;
		}
		List<CellDraft> openCells = open.cells.stream().filter(CellDraft::open).toList();
		List<CellDraft> rest = next.cells.stream()
			.filter(c -> openCells.stream().anyMatch(o -> sameColumn(o, c)))
			.toList();
		if (rest.isEmpty()) {
			return null;
		}
		for (CellDraft cell : rest) {
			openCells.stream().filter(c -> sameColumn(c, cell)).findFirst().ifPresent(c -> c.lines.addAll(cell.lines));
		}
		next.cells.removeAll(rest);
		if (next.cells.isEmpty()) {
			page.remove(next);
		}
		page.removeAll(headers);
		// a repeated head, or cells with no rule above (the rest of cut cells), state the continuation
		if (headers.isEmpty() && !rest.stream().allMatch(c -> c.openTop)) {
			int line = rest.stream().mapToInt(CellDraft::firstLine).min().orElse(0);
			notes.add(SourceNote.at(next.page * PdfSheetReader.LINES_PER_PAGE + line, next.page + " ページ " + line
					+ " 行: 前のページの末尾で切れた表の行（" + open.page + " ページ " + firstLine(open)
					+ " 行から）の続きとみて、一つの行につなげました。つながりに誤りがないか確認してください"));
		}
		return rest.stream().anyMatch(CellDraft::open) ? open : null;
	}

	/** The texts of the ruled rows a page starts with (at most {@value #HEAD_ROWS}). */
	private static List<String> topRows(List<Item> page) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < page.size() && out.size() < HEAD_ROWS && page.get(i).table && page.get(i).tableId != null;
				i++) {
			out.add(page.get(i).text());
		}
		return out;
	}

	/**
	 * Drops the rows a page starts with that the previous page started with too: a head printed on every page, such as
	 * a spreadsheet's rows to repeat (LibreOffice prints the first table's head above every table of the sheet, the
	 * mid-term goals too, where it would be read as their head). The rows were read on the page they first stood on.
	 */
	private static void dropRunningHead(List<String> previousTop, List<Item> page) {
		while (!page.isEmpty() && page.get(0).table && page.get(0).tableId != null
				&& previousTop.contains(page.get(0).text())) {
			page.remove(0);
		}
	}

	private static int firstLine(Item item) {
		return item.cells.stream().mapToInt(CellDraft::firstLine).min().orElse(0);
	}

	private static boolean sameColumn(CellDraft a, CellDraft b) {
		return Math.abs(a.left - b.left) <= 1.5f && Math.abs(a.right - b.right) <= 1.5f;
	}
}
