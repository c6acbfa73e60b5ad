package org.mokuhyo.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.importer.ZipBombs;

/**
 * Files that are no goal-sheet workbook are refused with a code and a Japanese reason, never with another exception.
 */
class XlsxBadInputTest {

	private static ImportRejectedException refusal(byte[] content) {
		ImportRejectedException ex = catchThrowableOfType(ImportRejectedException.class,
				() -> SheetImporter.standard().parse(content, "upload.xlsx", XlsxRoundTripTest.TOYONAKA));
		assertThat(ex).as("refused").isNotNull();
		assertThat(ex.getMessage()).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
		return ex;
	}

	static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aZipThatIsNoWorkbook() throws IOException {
		assertThat(refusal(zip(Map.of("readme.txt", utf8("中身")))).code()).isEqualTo("NOT_A_SHEET");
	}

	/** A zip naming a Word document goes to the Word reader, which finds it damaged (DocxBadInputTest). */
	@Test
	void aWordDocumentIsNotRefusedAsNoWorkbook() throws IOException {
		ImportRejectedException ex = refusal(zip(Map.of("[Content_Types].xml", utf8("<Types/>"), "word/document.xml",
				utf8("<w:document/>"))));
		assertThat(ex.code()).isEqualTo("TRUNCATED");
		assertThat(ex.getMessage()).contains("Word").doesNotContain("Excel");
	}

	@Test
	void anEmptyWorkbook() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Sheet1");
			workbook.write(out);
			assertThat(refusal(out.toByteArray()).code()).isEqualTo("EMPTY");
		}
	}

	@Test
	void aWorkbookOfSomethingElse() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var row = workbook.createSheet("予算").createRow(0);
			row.createCell(0).setCellValue("費目");
			row.createCell(1).setCellValue(120000);
			workbook.write(out);
			assertThat(refusal(out.toByteArray()).code()).isEqualTo("NOT_A_SHEET");
		}
	}

	@Test
	void aWorkbookCutOffOrDamaged() {
		byte[] whole = new XlsxSheetWriter().write(XlsxRoundTripTest.seed());
		assertThat(refusal(Arrays.copyOf(whole, whole.length / 2)).code()).isEqualTo("TRUNCATED");
		byte[] damaged = whole.clone();
		for (int i = 200; i < damaged.length - 2000; i += 97) {
			damaged[i] ^= 0x5a;
		}
		assertThat(refusal(damaged).code()).isIn("TRUNCATED", "NOT_A_SHEET");
	}

	@Test
	void anEncryptedWorkbook() throws Exception {
		byte[] plain = new XlsxSheetWriter().write(XlsxRoundTripTest.seed());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("himitsu");
			try (OutputStream os = encryptor.getDataStream(fs)) {
				os.write(plain);
			}
			fs.writeFilesystem(out);
		}
		ImportRejectedException ex = refusal(out.toByteArray());
		assertThat(ex.code()).isEqualTo("ENCRYPTED");
		assertThat(ex.getMessage()).contains("パスワード");
	}

	@Test
	void anOldBinaryExcelFile() throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("部局");
			workbook.write(out);
			ImportRejectedException ex = refusal(out.toByteArray());
			assertThat(ex.code()).isEqualTo("NOT_A_SHEET");
			assertThat(ex.getMessage()).contains(".xls");
		}
	}

	/** A part that inflates a thousandfold: POI's zip-bomb guard stops it before it is in memory. */
	@Test
	void aZipBomb() {
		byte[] bomb = ZipBombs.officePart("xl/workbook.xml");
		assertThat(bomb.length).isLessThan(SheetImporter.MAX_BYTES);
		assertThat(refusal(bomb).code()).isEqualTo("TOO_LARGE");
	}

	/** A part that inflates beyond 32 MB without looking like a bomb (ratio above POI's): still not a goal sheet. */
	@Test
	void aPartTooLargeForASheet() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		java.util.Random random = new java.util.Random(11);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			byte[] noise = new byte[1024 * 1024];
			for (int i = 0; i < 33; i++) {
				for (int j = 0; j < noise.length; j++) {
					noise[j] = (byte) (random.nextBoolean() ? 'a' : 'b');
				}
				zip.write(noise);
			}
			zip.closeEntry();
		}
		assertThat(out.size()).isLessThan(SheetImporter.MAX_BYTES).isGreaterThan(33 * 1024 * 1024 / 100);
		ImportRejectedException refused = refusal(out.toByteArray());
		assertThat(refused.code()).isEqualTo("TOO_LARGE");
		assertThat(refused.getMessage()).contains("大きすぎます");
	}
}
