package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One spreadsheet cell as a {@link SourceCell}: its text as shown (a number as formatted, a formula as its last
 * result), each line a paragraph, bold kept per run (rich text) or for the whole cell (its style).
 */
final class XlsxCells {

	private final DataFormatter formatter = new DataFormatter(Locale.JAPAN);

	private final XSSFWorkbook workbook;

	XlsxCells(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	SourceCell read(Cell cell, int line, int column, List<SourceNote> notes) {
		List<SourceBlock.Run> runs = cell == null ? List.of() : runs((XSSFCell) cell, line, column, notes);
		StringBuilder raw = new StringBuilder();
		runs.forEach(r -> raw.append(r.text()));
		return new SourceCell(line, column, raw.toString(), paragraphs(runs));
	}

	private List<SourceBlock.Run> runs(XSSFCell cell, int line, int column, List<SourceNote> notes) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		boolean bold = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
		return switch (type) {
			case STRING -> richRuns(cell.getRichStringCellValue(), bold);
			case NUMERIC -> List.of(new SourceBlock.Run(number(cell), bold));
			case BOOLEAN -> List.of(new SourceBlock.Run(cell.getBooleanCellValue() ? "TRUE" : "FALSE", bold));
			case ERROR -> {
				notes.add(new SourceNote(line, column, line + "行目 " + column + "列目のセルはエラー値のため読み込みませんでした"));
				yield List.of();
			}
			default -> List.of();
		};
	}

	/** As Excel shows it: 4,000 stays 4,000, a date stays a date, 1.0 is 1. */
	private String number(XSSFCell cell) {
		double value = cell.getNumericCellValue();
		var style = cell.getCellStyle();
		if (DateUtil.isCellDateFormatted(cell) || style.getDataFormat() != 0) {
			return formatter.formatRawCellContents(value, style.getDataFormat(), style.getDataFormatString());
		}
		return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	private List<SourceBlock.Run> richRuns(XSSFRichTextString text, boolean cellBold) {
		String string = text.getString();
		if (string == null || string.isEmpty()) {
			return List.of();
		}
		int count = text.numFormattingRuns();
		if (count == 0) {
			return List.of(new SourceBlock.Run(string, cellBold));
		}
		List<SourceBlock.Run> runs = new ArrayList<>(count + 1);
		int first = text.getIndexOfFormattingRun(0);
		if (first > 0) {
			runs.add(new SourceBlock.Run(string.substring(0, first), cellBold));
		}
		for (int i = 0; i < count; i++) {
			int start = text.getIndexOfFormattingRun(i);
			int end = i + 1 < count ? text.getIndexOfFormattingRun(i + 1) : string.length();
			if (start < 0 || start >= end || end > string.length()) {
				continue;
			}
			XSSFFont font = text.getFontOfFormattingRun(i);
			runs.add(new SourceBlock.Run(string.substring(start, end), font == null ? cellBold : font.getBold()));
		}
		return runs;
	}

	/** Each line of the cell (Alt+Enter in Excel) a paragraph, its runs cut at the line breaks; blank lines dropped. */
	private static List<SourceBlock> paragraphs(List<SourceBlock.Run> runs) {
		List<SourceBlock> blocks = new ArrayList<>();
		List<SourceBlock.Run> current = new ArrayList<>();
		for (SourceBlock.Run run : runs) {
			String[] pieces = run.text().split("\\R", -1);
			for (int p = 0; p < pieces.length; p++) {
				if (p > 0) {
					addParagraph(blocks, current);
					current = new ArrayList<>();
				}
				if (!pieces[p].isEmpty()) {
					current.add(new SourceBlock.Run(pieces[p], run.bold()));
				}
			}
		}
		addParagraph(blocks, current);
		return blocks;
	}

	private static void addParagraph(List<SourceBlock> blocks, List<SourceBlock.Run> runs) {
		SourceBlock block = new SourceBlock(SourceBlock.Kind.PARAGRAPH, runs);
		if (!block.text().isEmpty()) {
			blocks.add(block);
		}
	}
}
