package org.mokuhyo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.SheetData;

/**
 * The exported workbook after a person worked on it: rows inserted, numbers typed as text, strings stored inline
 * instead of shared, an action reworded, a note beside the table. The sheet comes back with the edits and nothing
 * else; a stray note is a warning with its row and column.
 */
class XlsxEditedWorkbookTest {

	private static ImportResult read(byte[] xlsx) {
		return SheetImporter.standard().parse(xlsx, "edited.xlsx", XlsxRoundTripTest.TOYONAKA);
	}

	static byte[] edit(byte[] xlsx, Consumer<XSSFSheet> change) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(workbook.getSheetAt(0));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static Cell find(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return cell;
				}
			}
		}
		throw new AssertionError("no cell " + text);
	}

	@Test
	void emptyRowsInsertedAndNumbersTypedAsText() throws IOException {
		SheetData seed = XlsxRoundTripTest.seed();
		byte[] edited = edit(new XlsxSheetWriter().write(seed), sheet -> {
			int annual = find(sheet, "3. 当年度目標と目標設定に対する振り返り等").getRowIndex();
			sheet.shiftRows(annual, sheet.getLastRowNum(), 3, true, false);
			sheet.createRow(annual + 1); // an empty row, and two absent ones
			for (Row row : sheet) {
				Cell no = row.getCell(0);
				if (no != null && no.getCellType() == CellType.NUMERIC) {
					no.setCellValue(String.valueOf((int) no.getNumericCellValue())); // typed as text
				}
			}
		});
		ImportResult back = read(edited);
		assertThat(XlsxRoundTripTest.json(back.sheet())).isEqualTo(XlsxRoundTripTest.json(seed));
	}

	@Test
	void inlineStringsReadLikeSharedOnes() throws IOException {
		SheetData seed = XlsxRoundTripTest.seed();
		byte[] inline = inlineStrings(new XlsxSheetWriter().write(seed));
		assertThat(new String(inline, StandardCharsets.ISO_8859_1)).doesNotContain("xl/sharedStrings.xml");
		assertThat(XlsxRoundTripTest.json(read(inline).sheet())).isEqualTo(XlsxRoundTripTest.json(seed));
	}

	@Test
	void aRewordedActionAndANoteBesideTheTable() throws IOException {
		SheetData seed = XlsxRoundTripTest.seed();
		int[] noteAt = new int[1];
		byte[] edited = edit(new XlsxSheetWriter().write(seed), sheet -> {
			Cell action = find(sheet, "① 市民公益活動推進助成金(夢基金)の活用 (通年)");
			action.setCellValue("① 市民公益活動推進助成金(夢基金)の活用と周知 (4月以降) [拡充]");
			Row row = action.getRow();
			row.createCell(5).setCellValue("要確認（企画課）");
			noteAt[0] = row.getRowNum() + 1;
		});
		ImportResult back = read(edited);
		Action changed = back.sheet().annualGoals().get(0).items().get(0).actions().get(0);
		assertThat(changed.text()).isEqualTo("市民公益活動推進助成金(夢基金)の活用と周知");
		assertThat(changed.tags()).containsExactly("拡充");
		assertThat(changed.schedule().startMonth()).isEqualTo(4);
		assertThat(back.report().warnings()).anySatisfy(w -> {
			assertThat(w.code()).isEqualTo("UNPLACED_TEXT");
			assertThat(w.line()).isEqualTo(noteAt[0]);
			assertThat(w.column()).isEqualTo(6);
			assertThat(w.text()).isEqualTo("要確認（企画課）");
		});
		assertThat(back.sheet().annualGoals().get(1)).isEqualTo(seed.annualGoals().get(1));
	}

	private static final Pattern SHARED_CELL = Pattern.compile("<c ([^>]*?)t=\"s\"([^>]*)><v>(\\d+)</v></c>");

	/**
	 * The workbook with every string written into its cell ({@code t="inlineStr"}), as some generators write it, and
	 * no shared-strings part.
	 */
	static byte[] inlineStrings(byte[] xlsx) throws IOException {
		java.util.List<String> shared = new java.util.ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var table = workbook.getSharedStringSource();
			for (int i = 0; i < table.getUniqueCount(); i++) {
				shared.add(table.getItemAt(i).getString());
			}
		}
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				parts.put(e.getName(), zip.readAllBytes());
			}
		}
		parts.remove("xl/sharedStrings.xml");
		for (var part : parts.entrySet()) {
			String name = part.getKey();
			String xml = new String(part.getValue(), StandardCharsets.UTF_8);
			if (name.startsWith("xl/worksheets/sheet")) {
				Matcher m = SHARED_CELL.matcher(xml);
				StringBuilder out = new StringBuilder();
				while (m.find()) {
					String text = shared.get(Integer.parseInt(m.group(3)));
					m.appendReplacement(out, Matcher.quoteReplacement("<c " + m.group(1) + "t=\"inlineStr\"" + m.group(2)
							+ "><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>"));
				}
				m.appendTail(out);
				part.setValue(out.toString().getBytes(StandardCharsets.UTF_8));
			}
			else if (name.equals("[Content_Types].xml") || name.equals("xl/_rels/workbook.xml.rels")) {
				part.setValue(xml.replaceAll("<(Override|Relationship)[^>]*sharedStrings[^>]*/>", "")
					.getBytes(StandardCharsets.UTF_8));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
