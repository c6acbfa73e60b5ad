package org.mokuhyo.importer.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.producers.ClerkDocx;
import org.mokuhyo.importer.read.ReadBudget;

/**
 * The costliest documents the read budget lets through, one per format: what one upload of the allowed size can
 * make the server do. The memory test sends them at once; the fuzz benchmark reports their peak heap.
 */
public final class WorstCases {

	private WorstCases() {
	}

	/** Name → content, each under the upload limit and within every count of {@link ReadBudget}. */
	public static Map<String, byte[]> all() {
		Map<String, byte[]> all = new LinkedHashMap<>();
		all.put("worst.txt", text());
		all.put("worst-layout.txt", layoutText());
		all.put("worst.xlsx", xlsx());
		all.put("worst.docx", docx());
		all.put("worst.pdf", pdf());
		return all;
	}

	/** One of {@link #all()} by its name, made alone. */
	public static byte[] one(String name) {
		return switch (name) {
			case "worst.txt" -> text();
			case "worst-layout.txt" -> layoutText();
			case "worst.xlsx" -> xlsx();
			case "worst.docx" -> docx();
			case "worst.pdf" -> pdf();
			default -> throw new IllegalArgumentException(name);
		};
	}

	/** The glyph limit spread over the most pages, the cell search's limit over their rules: every page the same. */
	public static byte[] pdf() {
		int glyphs = (int) (ReadBudget.MAX_GLYPHS / ReadBudget.MAX_PAGES) - 50;
		int rules = (int) Math.min(ReadBudget.MAX_RULINGS / ReadBudget.MAX_PAGES,
				ReadBudget.MAX_CELL_SEARCH / ReadBudget.MAX_PAGES / glyphs) - 2;
		return PdfBombs.dense(ReadBudget.MAX_PAGES, glyphs, rules);
	}

	/** The sample sheet repeated up to the character limit: its lines, tabs and cell HTML a hundred times over. */
	public static byte[] text() {
		String sample = SeedFixture.text();
		StringBuilder text = new StringBuilder();
		while (text.length() + sample.length() < ReadBudget.MAX_CHARS - 1_000) {
			text.append(sample).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Lines of columns set apart by spaces, as pdftotext -layout prints a table, up to the line and cell limits. */
	public static byte[] layoutText() {
		StringBuilder text = new StringBuilder("当年度目標\nNo.  目標  取組\n");
		// four cells a line (the line and its three gaps)
		int lines = Math.min(ReadBudget.MAX_LINES, ReadBudget.MAX_CELLS / 4) - 100;
		for (int i = 0; i < lines && text.length() < ReadBudget.MAX_CHARS - 200; i++) {
			text.append("  ").append(i % 9 + 1).append("    市民と協働で進める取組").append(i).append("    年度内に実施する\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A workbook of as many rows of short texts as the cell limit lets through. */
	public static byte[] xlsx() {
		return xlsxOf(ReadBudget.MAX_WORKBOOK_CELLS / 3 - 10);
	}

	/** A workbook of {@code rows} rows of three cells under a heading. */
	public static byte[] xlsxOf(int rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("部局長の目標");
			sheet.createRow(0).createCell(0).setCellValue("当年度目標");
			for (int r = 1; r < rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue("市民と協働で進める取組 " + r);
				row.createCell(2).setCellValue("年度内に実施");
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Word document with one table of as many rows as the paragraph-and-row limit lets through. */
	public static byte[] docx() {
		// three cells of a paragraph each and the row: four blocks a row
		return docxOf(ReadBudget.MAX_WORD_BLOCKS / 4 - 10);
	}

	/** A Word document with one table of {@code rows} rows of three cells. */
	public static byte[] docxOf(int rows) {
		StringBuilder body = new StringBuilder("<w:p><w:r><w:t>当年度目標</w:t></w:r></w:p><w:tbl>");
		String cell = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
		for (int r = 0; r < rows; r++) {
			body.append("<w:tr>")
				.append(cell.formatted(r))
				.append(cell.formatted("市民と協働で進める取組"))
				.append(cell.formatted("年度内"))
				.append("</w:tr>");
		}
		body.append("</w:tbl>");
		return ClerkDocx.docx(body.toString(), null, null);
	}
}
