package org.mokuhyo.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The exported year's workbook opened with POI as a person would edit it: cells by action id and header. */
public final class EditableWorkbook {

	private final XSSFWorkbook workbook;

	private final XSSFSheet sheet;

	private final Map<String, Integer> columns = new HashMap<>();

	public EditableWorkbook(byte[] xlsx) throws IOException {
		workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
		sheet = workbook.getSheet("行動");
		for (Cell cell : sheet.getRow(0)) {
			columns.put(cell.getStringCellValue(), cell.getColumnIndex());
		}
	}

	public XSSFWorkbook workbook() {
		return workbook;
	}

	public XSSFSheet sheet() {
		return sheet;
	}

	public int column(String header) {
		Integer column = columns.get(header);
		if (column == null) {
			throw new AssertionError("no column " + header + " in " + columns.keySet());
		}
		return column;
	}

	/** The row (0-based) of the action. */
	public Row row(UUID actionId) {
		int idColumn = column("取組みID");
		for (Row row : sheet) {
			Cell cell = row.getCell(idColumn);
			if (row.getRowNum() > 0 && cell != null && cell.getStringCellValue().equals(actionId.toString())) {
				return row;
			}
		}
		throw new AssertionError("no row of action " + actionId);
	}

	/** The cell as Excel shows it; "" for none. */
	public String text(Row row, String header) {
		Cell cell = row.getCell(column(header));
		return cell == null ? "" : new DataFormatter().formatCellValue(cell);
	}

	public EditableWorkbook set(UUID actionId, String header, String value) {
		Row row = row(actionId);
		row.createCell(column(header)).setCellValue(value);
		return this;
	}

	public EditableWorkbook set(UUID actionId, String header, double value) {
		Row row = row(actionId);
		row.createCell(column(header)).setCellValue(value);
		return this;
	}

	public byte[] bytes() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}
}
