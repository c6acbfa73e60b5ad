package org.mokuhyo.importer.producers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.importer.ZipBombs;
import org.mokuhyo.importer.producers.ClerkDocx.Typing;

/**
 * Word files that are no goal sheet, or no readable Word file, are refused with a code and a Japanese reason, never
 * with another exception; a clerk's document is recognised by its content whatever its name.
 */
class DocxBadInputTest {

	private static ImportRejectedException refusal(byte[] content) {
		ImportRejectedException ex = catchThrowableOfType(ImportRejectedException.class,
				() -> SheetImporter.standard().parse(content, "upload.docx", DocxProducerTest.TOYONAKA));
		assertThat(ex).as("refused").isNotNull();
		assertThat(ex.getMessage()).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
		return ex;
	}

	private static byte[] seedDocx() {
		return ClerkDocx.render(ProducerCorpus.seed(), Typing.TYPED_LABELS);
	}

	@Test
	void aWordDocumentWithoutTheSheetsTablesIsNoSheet() {
		byte[] minutes = ClerkDocx.docx("<w:p><w:r><w:t>会議録</w:t></w:r></w:p>"
				+ "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
				+ "<w:tr><w:tc><w:p><w:r><w:t>出席者</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12名</w:t></w:r></w:p></w:tc></w:tr>"
				+ "</w:tbl><w:p><w:r><w:t>次回は未定です。</w:t></w:r></w:p>", null, null);
		assertThat(refusal(minutes).code()).isEqualTo("NOT_A_SHEET");
	}

	@Test
	void aWordDocumentWithoutTextIsEmpty() {
		assertThat(refusal(ClerkDocx.docx("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>", null, null))
			.code()).isEqualTo("EMPTY");
	}

	@Test
	void aWordDocumentWithoutABodyIsEmpty() {
		byte[] bodiless = ClerkDocx.zip(Map.of("[Content_Types].xml", ClerkDocx.CONTENT_TYPES, "_rels/.rels",
				ClerkDocx.ROOT_RELS, "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + ClerkDocx.W
						+ "\"/>"));
		assertThat(refusal(bodiless).code()).isEqualTo("EMPTY");
	}

	@Test
	void anOldBinaryWordFileIsRefusedWithTheAdviceToSaveItAsDocx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			// the streams of a .doc: WordDocument (the text) beside a table stream; the reader only needs to see them
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
			fs.writeFilesystem(out);
		}
		ImportRejectedException ex = refusal(out.toByteArray());
		assertThat(ex.code()).isEqualTo("NOT_A_SHEET");
		assertThat(ex.getMessage()).contains("Word", ".doc", ".docx");
	}

	@Test
	void aDocumentCutOffOrDamaged() {
		byte[] whole = seedDocx();
		for (int length : new int[] { whole.length / 2, whole.length - 30, 200 }) {
			ImportRejectedException cut = refusal(Arrays.copyOf(whole, length));
			assertThat(cut.code()).isEqualTo("TRUNCATED");
			assertThat(cut.getMessage()).contains("Word");
		}
		byte[] damaged = whole.clone();
		for (int i = 200; i < damaged.length - 2000; i += 97) {
			damaged[i] ^= 0x5a;
		}
		assertThat(refusal(damaged).code()).isIn("TRUNCATED", "NOT_A_SHEET");
	}

	@Test
	void aZipNamingAWordDocumentThatIsNone() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : new String[] { "[Content_Types].xml", "word/document.xml" }) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			}
		}
		ImportRejectedException ex = refusal(out.toByteArray());
		assertThat(ex.code()).isEqualTo("TRUNCATED");
		assertThat(ex.getMessage()).contains("Word");
	}

	@Test
	void anEncryptedWordDocument() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("himitsu");
			try (OutputStream os = encryptor.getDataStream(fs)) {
				os.write(seedDocx());
			}
			fs.writeFilesystem(out);
		}
		ImportRejectedException ex = refusal(out.toByteArray());
		assertThat(ex.code()).isEqualTo("ENCRYPTED");
		assertThat(ex.getMessage()).contains("パスワード", "Word");
	}

	/** document.xml inflating a thousandfold: POI's zip-bomb guard stops it before it is in memory. */
	@Test
	void aZipBomb() {
		byte[] bomb = ZipBombs.officePart("word/document.xml");
		assertThat(bomb.length).isLessThan(SheetImporter.MAX_BYTES);
		assertThat(refusal(bomb).code()).isEqualTo("TOO_LARGE");
	}

	@Test
	void aClerksDocumentIsReadByItsContentWhateverItsName() {
		byte[] docx = seedDocx();
		for (String name : new String[] { "目標.xlsx", "sheet.txt", "upload" }) {
			assertThat(SheetImporter.standard().parse(docx, name, DocxProducerTest.TOYONAKA).sheet().annualGoals())
				.hasSize(5);
		}
	}
}
