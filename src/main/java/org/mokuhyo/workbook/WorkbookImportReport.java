package org.mokuhyo.workbook;

import java.util.List;

/**
 * What an import of progress from the year's workbook did.
 *
 * @param rowsRead      data rows read (blank rows not counted)
 * @param appliedRows   the rows whose update was saved (Excel row numbers)
 * @param unchangedRows rows equal to what is saved already: nothing written for them
 * @param errors        every wrong cell, in row order; with errors and not {@code validRowsOnly}, nothing was saved
 * @param saved         whether anything was written
 */
public record WorkbookImportReport(int quarter, boolean validRowsOnly, int rowsRead, List<Integer> appliedRows,
		int unchangedRows, List<RowError> errors, boolean saved) {

	public WorkbookImportReport {
		appliedRows = List.copyOf(appliedRows);
		errors = List.copyOf(errors);
	}

	/** The rows that were not saved because of an error, each once. */
	public List<Integer> rejectedRows() {
		return errors.stream().map(RowError::row).distinct().toList();
	}

	/**
	 * One wrong cell.
	 *
	 * @param row    the row number as Excel shows it
	 * @param column the column letter (A, B, …)
	 * @param header the column's header, e.g. Q1 進捗状況
	 */
	public record RowError(int row, String column, String header, String message) {

		/** 12行目 M列（Q1 進捗状況）: … */
		public String text() {
			return row + "行目 " + column + "列（" + header + "）: " + message;
		}
	}
}
