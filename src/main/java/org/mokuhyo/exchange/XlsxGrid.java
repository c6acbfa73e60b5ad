package org.mokuhyo.exchange;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Places text on the worksheet row by row and sizes the rows: Excel does not grow a row to fit wrapped text (nor
 * any row under a merged cell), so the writer estimates each row's lines from the text and the widths it spans.
 */
final class XlsxGrid {

	/** Column widths in characters: No, 取組み事項・内容, 実績 (取組み内容・成果), 実績 (課題・今後の方向性). */
	static final int[] WIDTHS = { 7, 62, 30, 30 };

	static final int LAST_COLUMN = WIDTHS.length - 1;

	/** Points per line of 10.5-point Japanese text, and the padding of a row. */
	private static final float LINE_POINTS = 15f;

	private static final float PADDING_POINTS = 4f;

	/** Excel's highest row. */
	private static final float MAX_ROW_POINTS = 409f;

	private final XSSFSheet sheet;

	private final Map<Integer, Integer> lines = new HashMap<>();

	private final Map<Long, XSSFCellStyle> framedStyles = new HashMap<>();

	private int next;

	XlsxGrid(XSSFSheet sheet) {
		this.sheet = sheet;
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
	}

	/** The index of the next row to write (0-based). */
	int next() {
		return next;
	}

	/** A new row; its cells are created with the style so that borders are drawn. */
	int row(CellStyle style) {
		XSSFRow row = sheet.createRow(next);
		for (int c = 0; c <= LAST_COLUMN; c++) {
			row.createCell(c).setCellStyle(style);
		}
		lines.put(next, 1);
		return next++;
	}

	void skip() {
		next++;
	}

	XSSFCell cell(int row, int column) {
		return sheet.getRow(row).getCell(column);
	}

	/** Text in a cell spanning columns {@code first..last} of one row (merged when more than one). */
	void text(int row, int first, int last, String text, CellStyle style) {
		put(row, first, last, style).setCellValue(text);
		need(row, row, first, last, text);
	}

	void rich(int row, int first, int last, RichTextString text, CellStyle style) {
		put(row, first, last, style).setCellValue(text);
		need(row, row, first, last, text.getString());
	}

	/** Text in a cell spanning rows {@code top..bottom} and columns {@code first..last}, merged. */
	void block(int top, int bottom, int first, int last, String text, CellStyle style) {
		XSSFCell cell = cell(top, first);
		cell.setCellStyle(style);
		cell.setCellValue(text);
		merge(top, bottom, first, last);
		need(top, bottom, first, last, text);
	}

	/** The style for every cell of a range (so a merged region is drawn with its borders). */
	void style(int top, int bottom, int first, int last, CellStyle style) {
		for (int r = top; r <= bottom; r++) {
			for (int c = first; c <= last; c++) {
				cell(r, c).setCellStyle(style);
			}
		}
	}

	/**
	 * A thin frame around a range: each cell on its edge gets its style with those borders added. POI's RegionUtil
	 * does the same but compares every style of the workbook for every cell, which was most of an export's time; the
	 * framed styles are kept here by (style, edges) instead.
	 */
	void frame(int top, int bottom, int first, int last) {
		for (int r = top; r <= bottom; r++) {
			XSSFRow row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
			for (int c = first; c <= last; c++) {
				int edges = (r == top ? TOP : 0) | (r == bottom ? BOTTOM : 0) | (c == first ? LEFT : 0)
						| (c == last ? RIGHT : 0);
				if (edges != 0) {
					XSSFCell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
					cell.setCellStyle(framed(cell.getCellStyle(), edges));
				}
			}
		}
	}

	private static final int TOP = 1, BOTTOM = 2, LEFT = 4, RIGHT = 8;

	private XSSFCellStyle framed(XSSFCellStyle style, int edges) {
		long key = ((long) style.getIndex() << 4) | edges;
		return framedStyles.computeIfAbsent(key, k -> {
			XSSFCellStyle copy = sheet.getWorkbook().createCellStyle();
			copy.cloneStyleFrom(style);
			if ((edges & TOP) != 0) {
				copy.setBorderTop(BorderStyle.THIN);
			}
			if ((edges & BOTTOM) != 0) {
				copy.setBorderBottom(BorderStyle.THIN);
			}
			if ((edges & LEFT) != 0) {
				copy.setBorderLeft(BorderStyle.THIN);
			}
			if ((edges & RIGHT) != 0) {
				copy.setBorderRight(BorderStyle.THIN);
			}
			return copy;
		});
	}

	void merge(int top, int bottom, int first, int last) {
		if (top != bottom || first != last) {
			sheet.addMergedRegion(new CellRangeAddress(top, bottom, first, last));
		}
	}

	private XSSFCell put(int row, int first, int last, CellStyle style) {
		style(row, row, first, last, style);
		merge(row, row, first, last);
		return cell(row, first);
	}

	/** Rows {@code top..bottom} together get at least the lines the text needs in the width of the columns. */
	private void need(int top, int bottom, int first, int last, String text) {
		int width = 0;
		for (int c = first; c <= last; c++) {
			width += WIDTHS[c];
		}
		int needed = lines(text, width);
		int have = 0;
		for (int r = top; r <= bottom; r++) {
			have += lines.getOrDefault(r, 1);
		}
		if (top == bottom) {
			lines.merge(top, needed, Math::max);
		}
		else if (needed > have) {
			lines.merge(bottom, needed - have, Integer::sum);
		}
	}

	/**
	 * Wrapped lines of the text in a width of characters; a Japanese character takes about 1.8 (two in Excel's
	 * 游ゴシック, less in the fonts LibreOffice substitutes: a row a little too high is better than clipped text).
	 */
	static int lines(String text, int widthChars) {
		double usable = Math.max(1, widthChars - 1);
		int total = 0;
		for (String paragraph : text.split("\\R", -1)) {
			double units = 0;
			for (int i = 0; i < paragraph.length(); i++) {
				units += paragraph.charAt(i) >= 0x2E80 ? 1.8 : 1;
			}
			total += Math.max(1, (int) Math.ceil(units / usable));
		}
		return total;
	}

	/** Sets every written row's height from its lines. */
	void finish() {
		lines.forEach((row, n) -> sheet.getRow(row)
			.setHeightInPoints(Math.min(MAX_ROW_POINTS, n * LINE_POINTS + PADDING_POINTS)));
	}
}
