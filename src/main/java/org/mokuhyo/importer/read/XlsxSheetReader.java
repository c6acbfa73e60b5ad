package org.mokuhyo.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
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
 * left, {@link SpacerColumns}) are not read: each row starts at the table's first column. Recognised by content: a
 * zip holding {@code xl/workbook.xml}; other zips and the encrypted or old binary Office files are refused here with
 * a reason rather than read as text (a Word document is read by {@link DocxSheetReader}, which comes first).
 */
public final class XlsxSheetReader implements DocumentReader {

	/** A goal sheet has a few hundred rows; far more is not a sheet, and would only cost memory. */
	static final int MAX_ROWS = 20_000;

	static final int MAX_COLUMNS = 100;

	@Override
	public boolean accepts(byte[] content, String fileName) {
		// also the zips and OLE2 files no other reader took (a Word document goes to DocxSheetReader first): they are
		// refused here with a reason rather than read as text
		FileMagic magic = OfficeFiles.magic(content);
		return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
	}

	@Override
	public SourceDocument read(byte[] content, String fileName, ReadBudget budget) {
		if (OfficeFiles.magic(content) == FileMagic.OLE2) {
			throw refusedOle2(content);
		}
		ZipParts parts = ZipParts.of(content);
		if (!parts.workbook()) {
			throw new ImportRejectedException("NOT_A_SHEET",
					"Excel のファイル（.xlsx）でも Word の文書（.docx）でもない ZIP ファイルです。目標シートのファイルを指定してください。");
		}
		// POI holds every cell of every worksheet as objects: counted first
		OfficeFiles.Survey survey = OfficeFiles.survey(content, name -> name.startsWith("xl/worksheets/"), Set.of("c"));
		if (survey.tooLarge()) {
			throw tooLarge();
		}
		budget.workbookCells(survey.elements());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			SourceDocument read = read(workbook, fileName);
			budget.made(read);
			return read;
		}
		catch (ImportRejectedException ex) {
			throw ex;
		}
		catch (EncryptedDocumentException ex) {
			throw encrypted();
		}
		catch (IOException | RuntimeException ex) {
			throw OfficeFiles.tooLargeCause(ex) ? tooLarge() : unreadable();
		}
	}

	private static ImportRejectedException tooLarge() {
		return new ImportRejectedException("TOO_LARGE", "Excel ファイルを展開すると大きすぎます（圧縮の比率か展開後の大きさが上限を超えています）。");
	}

	private static SourceDocument read(XSSFWorkbook workbook, String fileName) {
		List<SourceNote> notes = new ArrayList<>();
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
				notes.add(SourceNote.whole("ワークシート「" + sheet.getSheetName() + "」は読み込みませんでした（最初のワークシート「"
						+ chosen.getSheetName() + "」だけを読みます）"));
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
			notes.add(SourceNote.whole(MAX_COLUMNS + " 列目より右の内容は読み込みませんでした"));
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

	/**
	 * An OLE2 file is an encrypted .xlsx or .docx (its parts wrapped with EncryptionInfo) or an old binary Office file
	 * (an old .doc is refused by DocxSheetReader).
	 */
	private static ImportRejectedException refusedOle2(byte[] content) {
		var entries = OfficeFiles.ole2Entries(content);
		if (entries == null) {
			return unreadable();
		}
		if (entries.contains("EncryptionInfo")) {
			return encrypted();
		}
		if (entries.contains("Workbook") || entries.contains("Book")) {
			return new ImportRejectedException("NOT_A_SHEET",
					"古い形式の Excel ファイル（.xls）は読めません。Excel か LibreOffice で .xlsx 形式で保存し直してください。");
		}
		return new ImportRejectedException("NOT_A_SHEET",
				"Office の古い形式のファイルです。目標シートは Excel（.xlsx）、Word（.docx）かテキストで指定してください。");
	}

	/** Encrypted Excel and Word files look alike from outside (an OLE2 file holding EncryptionInfo). */
	private static ImportRejectedException encrypted() {
		return new ImportRejectedException("ENCRYPTED",
				"パスワードで保護されたファイル（Excel・Word）は読めません。保護を解除して保存し直してから指定してください。");
	}

	private static ImportRejectedException unreadable() {
		return new ImportRejectedException("TRUNCATED",
				"Excel ファイルを読めません（壊れているか、途中で切れています）。元のファイルを指定してください。");
	}
}
