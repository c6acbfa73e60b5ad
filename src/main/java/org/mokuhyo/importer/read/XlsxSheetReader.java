package org.mokuhyo.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.read.SourceRow.RowKind;

/**
 * Reads an Excel workbook (.xlsx, as this application exports it or as a person saved it from Excel or LibreOffice)
 * into the intermediate form: the first worksheet with content, one {@link SourceRow} per sheet row (its row number
 * as the line), one {@link SourceCell} per column (1 = A), each line of a cell a paragraph with its bold runs. A
 * merged region holds its text in its first cell, as the text export does. Empty leading columns (a margin a person
 * left, {@link SpacerColumns}) are not read: each row starts at the table's first column. Recognised by content: a zip holding
 * {@code xl/workbook.xml}; other zips (a Word file…) and the encrypted or old binary Office files are refused here
 * with a reason rather than read as text.
 */
public final class XlsxSheetReader implements DocumentReader {

	/** A goal sheet has a few hundred rows; far more is not a sheet, and would only cost memory. */
	static final int MAX_ROWS = 20_000;

	static final int MAX_COLUMNS = 100;

	/** Uncompressed size of one part of the zip: a sheet's XML is well under a megabyte. */
	private static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;

	static {
		// against zip bombs: POI refuses parts that inflate more than a hundredfold (its default, said here because it
		// is what this reader relies on). Its size limit is global and stays at its default: the year's workbook
		// (module workbook) is read as a stream and may be larger; this reader checks its own below.
		ZipSecureFile.setMinInflateRatio(0.01);
	}

	@Override
	public boolean accepts(byte[] content, String fileName) {
		FileMagic magic = magic(content);
		return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
	}

	@Override
	public SourceDocument read(byte[] content, String fileName) {
		if (magic(content) == FileMagic.OLE2) {
			throw refusedOle2(content);
		}
		ZipParts parts = ZipParts.of(content);
		if (!parts.workbook()) {
			throw new ImportRejectedException("NOT_A_SHEET", parts.word()
					? "Word の文書です。目標シートは Excel（.xlsx）かテキストで指定してください。"
					: "Excel のファイル（.xlsx）ではない ZIP ファイルです。目標シートの Excel ファイルを指定してください。");
		}
		checkInflatedSizes(content);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			return read(workbook, fileName);
		}
		catch (ImportRejectedException ex) {
			throw ex;
		}
		catch (EncryptedDocumentException ex) {
			throw encrypted();
		}
		catch (IOException | RuntimeException ex) {
			// POI names a zip bomb or an oversized part in its message (and wraps it at times)
			for (Throwable t = ex; t != null; t = t.getCause()) {
				String message = String.valueOf(t.getMessage());
				if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
					throw tooLarge();
				}
			}
			throw unreadable();
		}
	}

	/**
	 * Inflates every part once, counting, before POI builds the whole workbook in memory: a part bigger than
	 * {@link #MAX_ENTRY_BYTES} is not a goal sheet.
	 */
	private static void checkInflatedSizes(byte[] content) {
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				long size = 0;
				for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
					size += n;
					if (size > MAX_ENTRY_BYTES) {
						throw tooLarge();
					}
				}
			}
		}
		catch (IOException ex) {
			// POI reads it next and names what is wrong
		}
	}

	private static ImportRejectedException tooLarge() {
		return new ImportRejectedException("TOO_LARGE", "Excel ファイルを展開すると大きすぎます（圧縮の比率か展開後の大きさが上限を超えています）。");
	}

	private static SourceDocument read(XSSFWorkbook workbook, String fileName) {
		List<String> notes = new ArrayList<>();
		Sheet chosen = null;
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			Sheet sheet = workbook.getSheetAt(i);
			if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i) || !hasContent(sheet)) {
				continue;
			}
			if (chosen == null) {
				chosen = sheet;
			}
			else {
				notes.add("ワークシート「" + sheet.getSheetName() + "」は読み込みませんでした（最初のワークシート「"
						+ chosen.getSheetName() + "」だけを読みます）");
			}
		}
		if (chosen == null) {
			throw new ImportRejectedException("EMPTY", "Excel ファイルに内容のあるワークシートがありません。");
		}
		if (chosen.getLastRowNum() >= MAX_ROWS) {
			throw new ImportRejectedException("TOO_LARGE",
					"ワークシートの行が多すぎます（上限 " + MAX_ROWS + " 行）。目標シートのワークシートだけを指定してください。");
		}
		XlsxCells cells = new XlsxCells(workbook);
		int first = SpacerColumns.firstTableColumn(chosen);
		List<SourceRow> rows = new ArrayList<>();
		boolean cut = false;
		for (Row row : chosen) {
			int line = row.getRowNum() + 1;
			int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
			cut |= row.getLastCellNum() > MAX_COLUMNS && hasContentBeyond(row);
			// cells from the table's first column on, each with its own column number (a spacer column A is left out);
			// a title merged across from column A is read from there
			int start = Math.min(first, SpacerColumns.firstFilled(row));
			List<SourceCell> sourceCells = new ArrayList<>(Math.max(last - start, 0));
			for (int c = start; c < last; c++) {
				sourceCells.add(cells.read(row.getCell(c), line, c + 1, notes));
			}
			SourceRow sourceRow = new SourceRow(line, RowKind.TABLE, sourceCells);
			if (!sourceRow.isBlank()) {
				rows.add(sourceRow);
			}
		}
		if (cut) {
			notes.add(MAX_COLUMNS + " 列目より右の内容は読み込みませんでした");
		}
		return new SourceDocument(fileName, rows, notes);
	}

	private static boolean hasContent(Sheet sheet) {
		for (Row row : sheet) {
			for (var cell : row) {
				if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK
						&& !(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
								&& cell.getStringCellValue().isBlank())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasContentBeyond(Row row) {
		for (var cell : row) {
			if (cell.getColumnIndex() >= MAX_COLUMNS && cell.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK) {
				return true;
			}
		}
		return false;
	}

	private static FileMagic magic(byte[] content) {
		if (content == null || content.length < 8) {
			return FileMagic.UNKNOWN;
		}
		try {
			return FileMagic.valueOf(content);
		}
		catch (RuntimeException ex) {
			return FileMagic.UNKNOWN;
		}
	}

	/** An OLE2 file is an encrypted .xlsx (its parts wrapped with EncryptionInfo) or an old .xls / .doc. */
	private static ImportRejectedException refusedOle2(byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			if (fs.getRoot().hasEntry("EncryptionInfo")) {
				return encrypted();
			}
			if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
				return new ImportRejectedException("NOT_A_SHEET",
						"古い形式の Excel ファイル（.xls）は読めません。Excel か LibreOffice で .xlsx 形式で保存し直してください。");
			}
		}
		catch (IOException | RuntimeException ex) {
			return unreadable();
		}
		return new ImportRejectedException("NOT_A_SHEET", "Office の古い形式のファイルです。目標シートは Excel（.xlsx）かテキストで指定してください。");
	}

	private static ImportRejectedException encrypted() {
		return new ImportRejectedException("ENCRYPTED",
				"パスワードで保護された Excel ファイルは読めません。保護を解除して保存し直してから指定してください。");
	}

	private static ImportRejectedException unreadable() {
		return new ImportRejectedException("TRUNCATED",
				"Excel ファイルを読めません（壊れているか、途中で切れています）。元のファイルを指定してください。");
	}
}
