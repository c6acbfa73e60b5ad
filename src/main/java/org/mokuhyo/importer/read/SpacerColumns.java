package org.mokuhyo.importer.read;

import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The leading columns a person left empty as a margin (a narrow column A before the table): the table's first
 * column is the leftmost one holding a cell of its own. A title or section heading merged across the whole width
 * starts further left at times and does not count (its row is read from its own first cell); the goal's No column
 * does, merged down or not. The structuring step takes a row's first cell as the goal number's place, so the reader
 * starts each row at that column.
 */
final class SpacerColumns {

	private SpacerColumns() {
	}

	/** The 0-based index of the table's first column (0 when none is left empty). */
	static int firstTableColumn(Sheet sheet) {
		Set<Long> wideStarts = new HashSet<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.getLastColumn() > region.getFirstColumn()) {
				wideStarts.add(key(region.getFirstRow(), region.getFirstColumn()));
			}
		}
		int first = Integer.MAX_VALUE;
		int anyFirst = Integer.MAX_VALUE;
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getColumnIndex() >= Math.min(first, XlsxSheetReader.MAX_COLUMNS) || blank(cell)) {
					continue;
				}
				anyFirst = Math.min(anyFirst, cell.getColumnIndex());
				if (!wideStarts.contains(key(cell.getRowIndex(), cell.getColumnIndex()))) {
					first = cell.getColumnIndex();
				}
			}
		}
		int found = first != Integer.MAX_VALUE ? first : anyFirst;
		return found == Integer.MAX_VALUE ? 0 : found;
	}

	/** The 0-based index of the row's first cell with content (a large number when it has none). */
	static int firstFilled(Row row) {
		for (Cell cell : row) {
			if (!blank(cell)) {
				return cell.getColumnIndex();
			}
		}
		return Integer.MAX_VALUE;
	}

	private static long key(int row, int column) {
		return (long) row << 16 | column;
	}

	static boolean blank(Cell cell) {
		return switch (cell.getCellType()) {
			case BLANK -> true;
			case STRING -> cell.getStringCellValue().isBlank();
			case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING && cell.getStringCellValue().isBlank();
			default -> false;
		};
	}
}
