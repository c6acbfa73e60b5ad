package org.mokuhyo.importer.read;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.mokuhyo.importer.ImportRejectedException;

/**
 * The work one document may cost while it is read: characters, lines, cells, pages, glyphs, ruling lines and drawing
 * operators, and a time budget. Readers charge it as they go (before they build what they count), so a file far
 * beyond any goal sheet is refused early, with its own code, instead of filling the heap: a sheet is about 10,000
 * characters, 100 lines, 300 cells and 10 pages; the limits are a hundred times that or more. Also the counters the
 * fuzz test reads to bound each input's work without timing it. One budget per import; not shared between threads.
 */
public final class ReadBudget {

	/** Decoded characters of the whole document (the sample sheet has about 9,400). */
	public static final long MAX_CHARS = 1_000_000;

	/** Source lines or sheet rows (the sample has under 100). */
	public static final int MAX_LINES = 20_000;

	/** Cells of all rows (the sample has about 300). */
	public static final int MAX_CELLS = 50_000;

	/** Pages of a PDF (a sheet prints on 5 to 20). */
	public static final int MAX_PAGES = 200;

	/** Glyphs drawn, all pages together (a printed sheet draws about 20,000). */
	public static final long MAX_GLYPHS = 500_000;

	/** Ruling lines and rectangles, all pages together (a printed sheet draws a few thousand). */
	public static final long MAX_RULINGS = 100_000;

	/**
	 * Glyphs × ruling lines of each page, summed: placing every glyph in its cell looks at the page's rules, so this
	 * is the work of finding cells (a printed sheet's page: 3,000 × 200).
	 */
	public static final long MAX_CELL_SEARCH = 100_000_000;

	/**
	 * Cells of all worksheets of a workbook, counted before POI builds them (about 1.5 KB of heap each there; a
	 * sheet has a few hundred).
	 */
	public static final int MAX_WORKBOOK_CELLS = 25_000;

	/** Paragraphs and table rows of a Word document, counted before POI builds it (a sheet has a few hundred). */
	public static final int MAX_WORD_BLOCKS = 10_000;

	/** Content-stream operators run, all passes over all pages together. */
	public static final long MAX_OPERATORS = 5_000_000;

	/** Bytes of decoded content streams of one page. */
	public static final long MAX_PAGE_CONTENT_BYTES = 16L * 1024 * 1024;

	/** Wall time of one read; a sheet within the limits above takes well under a second. */
	public static final Duration TIME = Duration.ofSeconds(30);

	private final LongSupplier nanos;

	private final long deadline;

	private long chars;

	private int lines;

	private int cells;

	private int pages;

	private long glyphs;

	private long rulings;

	private long operators;

	private long cellSearch;

	ReadBudget(LongSupplier nanos, Duration time) {
		this.nanos = nanos;
		this.deadline = nanos.getAsLong() + time.toNanos();
	}

	/** A budget of {@link #TIME} from now. */
	public static ReadBudget standard() {
		return new ReadBudget(System::nanoTime, TIME);
	}

	/**
	 * Charges a decoded text before it is split into lines: its characters, its lines, and the most cells those can
	 * give (a line, each tab, and for a laid-out text each run of two or more spaces, opens one).
	 */
	public void text(CharSequence text, boolean spacedColumns) {
		chars(text.length());
		int lineCount = 1;
		int cellCount = 1;
		boolean space = false;
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
				lineCount++;
				cellCount++;
			}
			else if (c == '\t') {
				cellCount++;
			}
			else if (spacedColumns && c == ' ' && i + 1 < n && text.charAt(i + 1) == ' ' && !space) {
				cellCount++;
			}
			space = c == ' ';
		}
		lines(lineCount);
		cells(cellCount);
	}

	/**
	 * Charges what a reader whose memory is bounded otherwise (an Office file: by the inflated size of its parts) has
	 * made: its rows, cells and characters.
	 */
	public void made(SourceDocument document) {
		long text = 0;
		int cellCount = 0;
		for (SourceRow row : document.rows()) {
			cellCount += row.cells().size();
			for (SourceCell cell : row.cells()) {
				text += cell.text().length();
			}
		}
		chars(text);
		lines(document.rows().size());
		cells(cellCount);
	}

	public void chars(long n) {
		chars += n;
		if (chars > MAX_CHARS) {
			throw refusal("TOO_LARGE", "文字数が多すぎます（上限 " + MAX_CHARS + " 文字）。目標シートのファイルを指定してください。");
		}
	}

	public void lines(int n) {
		lines += n;
		if (lines > MAX_LINES) {
			throw refusal("TOO_MANY_LINES", "行数が多すぎます（上限 " + MAX_LINES + " 行）。目標シートのファイルを指定してください。");
		}
		checkTime();
	}

	public void cells(int n) {
		cells += n;
		if (cells > MAX_CELLS) {
			throw refusal("TOO_MANY_CELLS", "セルの数が多すぎます（上限 " + MAX_CELLS + "）。目標シートのファイルを指定してください。");
		}
	}

	public void page() {
		pages++;
		if (pages > MAX_PAGES) {
			throw refusal("TOO_MANY_PAGES", "ページ数が多すぎます（上限 " + MAX_PAGES + " ページ）。目標シートのファイルを指定してください。");
		}
		checkTime();
	}

	/** Refuses a document whose page tree counts more pages than the limit, before any is read. */
	public void pagesDeclared(int declared) {
		if (declared > MAX_PAGES) {
			throw refusal("TOO_MANY_PAGES", "ページ数が多すぎます（" + declared + " ページ、上限 " + MAX_PAGES
					+ " ページ）。目標シートのファイルを指定してください。");
		}
	}

	public void glyphs(long n) {
		glyphs += n;
		if (glyphs > MAX_GLYPHS) {
			throw complex("文字の描画が多すぎます（上限 " + MAX_GLYPHS + "）");
		}
	}

	/** Charges finding the cells of a page's {@code glyphs} among its {@code rules}, before it is done. */
	public void cellSearch(long glyphCount, long rules) {
		cellSearch += glyphCount * Math.max(1, rules);
		if (cellSearch > MAX_CELL_SEARCH) {
			throw complex("文字と罫線の組合せが多すぎます");
		}
		checkTime();
	}

	/** Refuses a Word document with more paragraphs and table rows than {@link #MAX_WORD_BLOCKS}. */
	public void wordBlocks(long count) {
		if (count > MAX_WORD_BLOCKS) {
			throw refusal("TOO_MANY_LINES", "Word 文書の段落と表の行が多すぎます（上限 " + MAX_WORD_BLOCKS
					+ "）。目標シートの部分だけを指定してください。");
		}
	}

	/** Refuses a workbook with more cells than {@link #MAX_WORKBOOK_CELLS}, counted before POI builds it. */
	public void workbookCells(long count) {
		if (count > MAX_WORKBOOK_CELLS) {
			throw refusal("TOO_MANY_CELLS", "Excel ファイルのセルが多すぎます（上限 " + MAX_WORKBOOK_CELLS
					+ "）。目標シートのシートだけを指定してください。");
		}
	}

	public void rulings(long n) {
		rulings += n;
		if (rulings > MAX_RULINGS) {
			throw complex("罫線が多すぎます（上限 " + MAX_RULINGS + "）");
		}
	}

	/** Checks the time every 4,096 operators: a clock read per operator would cost more than the operator. */
	public void operators(long n) {
		long before = operators;
		operators += n;
		if (operators > MAX_OPERATORS) {
			throw complex("描画命令が多すぎます（上限 " + MAX_OPERATORS + "）");
		}
		if ((before >>> 12) != (operators >>> 12)) {
			checkTime();
		}
	}

	public void pageContent(long bytes) {
		if (bytes > MAX_PAGE_CONTENT_BYTES) {
			throw complex("1 ページの描画内容が大きすぎます（上限 " + (MAX_PAGE_CONTENT_BYTES / (1024 * 1024)) + " MB）");
		}
	}

	/** Refuses the read when its time is up: a document within the counted limits never gets here. */
	public void checkTime() {
		if (nanos.getAsLong() - deadline > 0) {
			throw refusal("TIME_BUDGET",
					"読み取りに時間がかかりすぎるため中止しました（上限 " + TIME.toSeconds() + " 秒）。ファイルの内容を確認してください。");
		}
	}

	public long charsRead() {
		return chars;
	}

	public int linesRead() {
		return lines;
	}

	public int cellsMade() {
		return cells;
	}

	public int pagesRead() {
		return pages;
	}

	public long glyphsRead() {
		return glyphs;
	}

	public long rulingsRead() {
		return rulings;
	}

	public long cellSearchDone() {
		return cellSearch;
	}

	public long operatorsRun() {
		return operators;
	}

	private static ImportRejectedException complex(String what) {
		return refusal("TOO_COMPLEX", "PDF の内容が複雑すぎます: " + what + "。目標シートのファイルを指定してください。");
	}

	private static ImportRejectedException refusal(String code, String message) {
		return new ImportRejectedException(code, message);
	}
}
