package org.mokuhyo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The frames drawn around the text blocks: each block's edge cells carry the thin borders of its edges only, and the
 * framed styles are shared, not one per cell.
 */
class XlsxFramesTest {

	private static final int CONTENT = 1;

	@Test
	void aGoalsContentBlockIsFramedOnItsEdgesOnly() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
				new XlsxSheetWriter().write(XlsxRoundTripTest.seed())))) {
			XSSFSheet sheet = book.getSheetAt(0);
			int header = rowWith(sheet, "取組み事項及びその内容・スケジュール");
			int top = header + 1;
			int bottom = top;
			while (text(sheet, bottom + 1, 0).isEmpty() && !text(sheet, bottom + 1, CONTENT).isEmpty()
					&& !text(sheet, bottom + 1, CONTENT).startsWith("【")) {
				bottom++;
			}
			assertThat(bottom).as("the first goal's content spans several rows").isGreaterThan(top + 1);

			CellStyle first = style(sheet, top, CONTENT);
			assertThat(first.getBorderTop()).isEqualTo(BorderStyle.THIN);
			assertThat(first.getBorderLeft()).isEqualTo(BorderStyle.THIN);
			assertThat(first.getBorderRight()).isEqualTo(BorderStyle.THIN);
			assertThat(first.getWrapText()).as("the body style is kept under the frame").isTrue();

			CellStyle middle = style(sheet, top + 1, CONTENT);
			assertThat(middle.getBorderTop()).isEqualTo(BorderStyle.NONE);
			assertThat(middle.getBorderBottom()).isEqualTo(BorderStyle.NONE);
			assertThat(middle.getBorderLeft()).isEqualTo(BorderStyle.THIN);
			assertThat(middle.getBorderRight()).isEqualTo(BorderStyle.THIN);

			assertThat(book.getNumCellStyles()).as("framed styles are shared").isLessThan(60);
		}
	}

	private static int rowWith(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (text.equals(cell.toString())) {
					return row.getRowNum();
				}
			}
		}
		throw new AssertionError("no cell reads " + text);
	}

	private static String text(XSSFSheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		Cell cell = r == null ? null : r.getCell(column);
		return cell == null ? "" : cell.toString();
	}

	private static CellStyle style(XSSFSheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getCellStyle();
	}
}
