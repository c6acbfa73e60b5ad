package org.mokuhyo.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the sheet 「行動」 of a workbook row by row with POI's event reader (the XML is parsed as it streams, nothing
 * of the sheet is kept), giving each row's cells as the user sees them (numbers formatted as Excel shows them).
 */
final class WorkbookRows {

	private WorkbookRows() {
	}

	/** One row: its number in Excel (1 = the header) and its non-empty cells by column (0 = A). */
	record SourceRow(int number, Map<Integer, String> cells) {

		String cell(Integer column) {
			if (column == null) {
				return null;
			}
			String value = cells.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

		boolean blank() {
			return cells.values().stream().allMatch(String::isBlank);
		}
	}

	/**
	 * @throws WorkbookRejectedException when the file is not an Excel workbook or has no sheet 「行動」
	 */
	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkbookRows.class);

	/** The file is no .xlsx the reading library can open; what it said is logged (the message stays the user's). */
	static WorkbookRejectedException unreadable(Exception cause) {
		LOG.info("workbook unreadable: {}", cause.toString(), cause);
		return new WorkbookRejectedException("UNREADABLE", "Excel ファイル（.xlsx）として読めません。", cause);
	}

	static void read(OPCPackage workbook, Consumer<SourceRow> rows) {
		try {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (!WorkbookLayout.SHEET.equals(sheets.getSheetName())) {
						continue;
					}
					XMLReader parser = SAXHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
							new Collector(rows), new DataFormatter(java.util.Locale.JAPAN), false));
					parser.parse(new InputSource(sheet));
					return;
				}
			}
			throw new WorkbookRejectedException("NO_SHEET",
					"シート「" + WorkbookLayout.SHEET + "」がありません。進行管理の一覧表としてダウンロードしたファイルを選んでください。");
		}
		catch (RowFailure ex) {
			throw ex.cause; // the caller's own, not the file's
		}
		catch (WorkbookRejectedException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
				| RuntimeException ex) {
			throw unreadable(ex);
		}
	}

	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Consumer<SourceRow> rows;

		private Map<Integer, String> cells = new HashMap<>();

		private int number;

		Collector(Consumer<SourceRow> rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			number = rowNum + 1;
			cells = new HashMap<>();
		}

		@Override
		public void endRow(int rowNum) {
			try {
				rows.accept(new SourceRow(number, cells));
			}
			catch (RuntimeException ex) {
				throw new RowFailure(ex);
			}
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			if (reference != null && formattedValue != null) {
				cells.put((int) new CellReference(reference).getCol(), formattedValue);
			}
		}
	}


	/** Carries what the row's consumer threw through the XML parser, to be told apart from a broken file. */
	private static final class RowFailure extends RuntimeException {

		private final RuntimeException cause;

		RowFailure(RuntimeException cause) {
			super(cause);
			this.cause = cause;
		}
	}
}
