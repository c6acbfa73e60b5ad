package org.mokuhyo.importer.producers;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The worksheet grid of {@link ClerkWorkbook}: its columns, a few styles, text put into (merged) ranges, and row
 * heights estimated from the text, since Excel grows no row for wrapped text under a merge.
 */
final class ClerkGrid {

	/**
	 * Column widths in characters. A: a narrow spacer; B: No; C: the 総合計画 / 基本政策 marker; D..G: policy number,
	 * title, number, title (C..G together hold a goal's content); H..J: 実績 (取組みを行った内容・成果); K..M: 課題・今後の
	 * 方向性. The narrow columns B, F, H, K also take the header's labels (部局, 補職, 氏名, 年度), the wide ones next to
	 * them, merged, their values.
	 */
	static final int[] WIDTHS = { 2, 7, 10, 6, 22, 7, 22, 7, 12, 12, 7, 12, 12 };

	static final int SPACER = 0, NO = 1, MARKER = 2, CONTENT_LAST = 6, RESULTS = 7, RESULTS_LAST = 9, ISSUES = 10,
			LAST = 12;

	/** Points per line of 10-point Japanese text, and a row's padding; Excel's highest row. */
	private static final float LINE_POINTS = 15f, PADDING_POINTS = 4f, MAX_ROW_POINTS = 409f;

	final XSSFFont boldFont;

	final XSSFCellStyle title;

	final XSSFCellStyle plain;

	final XSSFCellStyle boxed;

	final XSSFCellStyle boxedBold;

	final XSSFCellStyle heading;

	private final XSSFSheet sheet;

	private final Map<Integer, Float> heights = new HashMap<>();

	private int next;

	ClerkGrid(XSSFWorkbook workbook, XSSFSheet sheet) {
		this.sheet = sheet;
		XSSFFont base = workbook.getFontAt(0);
		base.setFontName("ＭＳ Ｐゴシック");
		base.setFontHeightInPoints((short) 10);
		boldFont = workbook.createFont();
		boldFont.setFontName("ＭＳ Ｐゴシック");
		boldFont.setFontHeightInPoints((short) 10);
		boldFont.setBold(true);
		XSSFFont big = workbook.createFont();
		big.setFontName("ＭＳ Ｐゴシック");
		big.setFontHeightInPoints((short) 14);
		big.setBold(true);
		plain = style(workbook, false);
		title = style(workbook, false);
		title.setFont(big);
		boxed = style(workbook, true);
		boxedBold = style(workbook, true);
		boxedBold.setFont(boldFont);
		heading = style(workbook, false);
		heading.setFont(boldFont);
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
	}

	private static XSSFCellStyle style(XSSFWorkbook workbook, boolean border) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		if (border) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}

	/** The index of the next row (0-based). */
	int next() {
		return next;
	}

	/** A new row, its cells B..K created with the style (a merged region is drawn with the borders of its cells). */
	int row(CellStyle style) {
		XSSFRow row = sheet.createRow(next);
		for (int c = NO; c <= LAST; c++) {
			row.createCell(c).setCellStyle(style);
		}
		return next++;
	}

	void skip() {
		next++;
	}

	XSSFCell cell(int row, int column) {
		return sheet.getRow(row).getCell(column);
	}

	/** Text in rows {@code top..bottom}, columns {@code first..last}: merged when more than one cell. */
	void text(int top, int bottom, int first, int last, String text, CellStyle style) {
		put(top, bottom, first, last, style).setCellValue(text);
		need(top, bottom, first, last, text);
	}

	void text(int row, int first, int last, String text, CellStyle style) {
		text(row, row, first, last, text, style);
	}

	void rich(int top, int bottom, int first, int last, XSSFRichTextString text, CellStyle style) {
		put(top, bottom, first, last, style).setCellValue(text);
		need(top, bottom, first, last, text.getString());
	}

	/** A number typed as a number (Excel stores 1, shown as 1; a reader sees 1.0). */
	void number(int top, int bottom, int column, int value, CellStyle style) {
		put(top, bottom, column, column, style).setCellValue(value);
	}

	private XSSFCell put(int top, int bottom, int first, int last, CellStyle style) {
		for (int r = top; r <= bottom; r++) {
			for (int c = first; c <= last; c++) {
				cell(r, c).setCellStyle(style);
			}
		}
		if (top != bottom || first != last) {
			sheet.addMergedRegion(new CellRangeAddress(top, bottom, first, last));
		}
		return cell(top, first);
	}

	/** Rows {@code top..bottom} together get the height the text needs in the width of the columns. */
	private void need(int top, int bottom, int first, int last, String text) {
		float needed = points(text, first, last);
		float have = 0;
		for (int r = top; r <= bottom; r++) {
			have += heights.getOrDefault(r, LINE_POINTS + PADDING_POINTS);
		}
		if (top == bottom) {
			heights.merge(top, needed, Math::max);
		}
		else if (needed > have) {
			// spread over the rows, so that none grows past Excel's highest
			float more = (needed - have) / (bottom - top + 1);
			for (int r = top; r <= bottom; r++) {
				heights.put(r, heights.getOrDefault(r, LINE_POINTS + PADDING_POINTS) + more);
			}
		}
	}

	/** How many rows a text needs when one row can be at most Excel's 409 points high. */
	static int rowsFor(String text, int first, int last) {
		return (int) Math.ceil(points(text, first, last) / MAX_ROW_POINTS);
	}

	/**
	 * Points of wrapped text in a width of characters; a Japanese character takes about 1.8 (a row a little too high is
	 * better than clipped text when LibreOffice substitutes a wider font).
	 */
	private static float points(String text, int first, int last) {
		int width = 0;
		for (int c = first; c <= last; c++) {
			width += WIDTHS[c];
		}
		double usable = Math.max(1, width - 1);
		int lines = 0;
		for (String paragraph : text.split("\\R", -1)) {
			double units = 0;
			for (int i = 0; i < paragraph.length(); i++) {
				units += paragraph.charAt(i) >= 0x2E80 ? 1.8 : 1;
			}
			lines += Math.max(1, (int) Math.ceil(units / usable));
		}
		return lines * LINE_POINTS + PADDING_POINTS;
	}

	/** Sets the rows' heights, none above Excel's highest. */
	void finish() {
		heights.forEach((r, points) -> sheet.getRow(r).setHeightInPoints(Math.min(MAX_ROW_POINTS, points)));
	}
}
