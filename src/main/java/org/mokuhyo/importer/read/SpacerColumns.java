package org.mokuhyo.importer.read;

import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The leading columns a person left empty as a margin (a narrow column A before the table). The table's first column
 * is the leftmost one where a row of several cells begins with a cell of its own: a title or heading merged across
 * from column A does not count, nor a lone note typed into column A (each such row is read from its own first
 * cell); the goal's No column does, merged down or not. The structuring step takes a row's first cell as the goal
 * number's place, so the reader starts each row at that column.
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
		int table = Integer.MAX_VALUE;
		int any = Integer.MAX_VALUE;
		for (Row row : sheet) {
			int first = firstFilled(row);
			if (first == Integer.MAX_VALUE) {
				continue;
			}
			any = Math.min(any, first);
			if (first < table && filledCount(row) > 1 && !wideStarts.contains(key(row.getRowNum(), first))) {
				table = first;
			}
		}
		int found = table != Integer.MAX_VALUE ? table : any;
		return found == Integer.MAX_VALUE ? 0 : Math.min(found, XlsxSheetReader.MAX_COLUMNS);
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

	private static int filledCount(Row row) {
		int n = 0;
		for (Cell cell : row) {
			if (!blank(cell) && ++n > 1) {
				break;
			}
		}
		return n;
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
