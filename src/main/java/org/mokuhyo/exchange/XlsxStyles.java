package org.mokuhyo.exchange;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few cell styles of the sheet. The font is named 游ゴシック, which Excel has; LibreOffice substitutes the Japanese
 * font it has (IPAex, Noto CJK), so the name need not exist where the file is opened.
 */
final class XlsxStyles {

	static final String FONT = "游ゴシック";

	final XSSFFont boldFont;

	final XSSFCellStyle plain;

	final XSSFCellStyle title;

	final XSSFCellStyle section;

	final XSSFCellStyle label;

	final XSSFCellStyle value;

	final XSSFCellStyle body;

	final XSSFCellStyle number;

	XlsxStyles(XSSFWorkbook workbook) {
		XSSFFont base = workbook.getFontAt(0); // the workbook's default font, used by every cell without its own
		base.setFontName(FONT);
		base.setFontHeightInPoints((short) 10);
		boldFont = font(workbook, 10, true);
		plain = workbook.createCellStyle();
		plain.setVerticalAlignment(VerticalAlignment.TOP);
		title = workbook.createCellStyle();
		title.setFont(font(workbook, 14, true));
		title.setVerticalAlignment(VerticalAlignment.CENTER);
		section = workbook.createCellStyle();
		section.setFont(font(workbook, 12, true));
		section.setVerticalAlignment(VerticalAlignment.BOTTOM);
		label = bordered(workbook);
		label.setFont(boldFont);
		label.setAlignment(HorizontalAlignment.CENTER);
		label.setVerticalAlignment(VerticalAlignment.CENTER);
		label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		value = bordered(workbook);
		value.setVerticalAlignment(VerticalAlignment.CENTER);
		body = workbook.createCellStyle();
		body.setWrapText(true);
		body.setVerticalAlignment(VerticalAlignment.TOP);
		number = bordered(workbook);
		number.setFont(boldFont);
		number.setAlignment(HorizontalAlignment.CENTER);
		number.setVerticalAlignment(VerticalAlignment.TOP);
	}

	private static XSSFFont font(XSSFWorkbook workbook, int points, boolean bold) {
		XSSFFont font = workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		return font;
	}

	private static XSSFCellStyle bordered(XSSFWorkbook workbook) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.setWrapText(true);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}
}
