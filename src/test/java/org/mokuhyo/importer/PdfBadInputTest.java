package org.mokuhyo.importer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.Arrays;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.mokuhyo.pdf.PdfFonts;
import org.mokuhyo.pdf.PdfSheetWriter;

/**
 * PDFs that are not sheets, or cannot be read, are refused with a code and a Japanese message: random bytes named
 * .pdf, a damaged PDF, one with a password, a scan (an image only), a page of unrelated text.
 */
class PdfBadInputTest {

	private static void refused(byte[] content, String code, String message) {
		assertThatThrownBy(() -> SheetImporter.standard().parse(content, "sheet.pdf", ImportOptions.none()))
			.isInstanceOf(ImportRejectedException.class)
			.hasMessageContaining(message)
			.extracting(e -> ((ImportRejectedException) e).code())
			.isEqualTo(code);
	}

	@Test
	void randomBytesNamedPdfAreNotText() {
		byte[] random = new byte[4096];
		new Random(7).nextBytes(random);

		refused(random, "BINARY", "");
	}

	@Test
	void aDamagedPdfIsRefused() {
		byte[] bytes = new byte[4096];
		new Random(8).nextBytes(bytes);
		byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, bytes, 0, header.length);

		refused(bytes, "PDF_UNREADABLE", "PDF として読み取れません");
	}

	@Test
	void aPdfCutInHalfIsRefused() {
		byte[] pdf = new PdfSheetWriter(PdfFonts.of(null)).write(
				SheetImporter.standard().parse(SeedFixture.bytes(), "seed.txt", ImportOptions.none()).sheet());
		byte[] half = Arrays.copyOf(pdf, pdf.length / 2);

		assertThatThrownBy(() -> SheetImporter.standard().parse(half, "half.pdf", ImportOptions.none()))
			.isInstanceOf(ImportRejectedException.class);
	}

	@Test
	void aPdfWithAPasswordIsRefused() throws Exception {
		byte[] pdf;
		try (PDDocument document = textPage("部局長の目標")) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			pdf = save(document);
		}

		refused(pdf, "ENCRYPTED", "パスワードで保護された PDF");
	}

	@Test
	void aScanWithoutTextIsRefused() throws Exception {
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
			image.getGraphics().drawString("scan", 20, 50);
			PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				out.drawImage(xobject, 50, 500, 400, 200);
			}
			pdf = save(document);
		}

		refused(pdf, "NO_TEXT", "文字を含まない PDF です（スキャン画像など）");
	}

	@Test
	void aPageOfUnrelatedTextIsNotASheet() throws Exception {
		byte[] pdf;
		try (PDDocument document = textPage("市民プールの開場時間のお知らせ", "7月20日から8月31日まで、毎日9時から17時まで開場します。")) {
			pdf = save(document);
		}

		refused(pdf, "NOT_A_SHEET", "部局長の目標の様式として読み取れませんでした");
	}

	private static PDDocument textPage(String... lines) throws Exception {
		PDDocument document = new PDDocument();
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		PDType0Font font = PDType0Font.load(document, new File("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"));
		try (PDPageContentStream out = new PDPageContentStream(document, page)) {
			float y = 780;
			for (String line : lines) {
				out.beginText();
				out.setFont(font, 12);
				out.newLineAtOffset(50, y);
				out.showText(line);
				out.endText();
				y -= 20;
			}
		}
		return document;
	}

	private static byte[] save(PDDocument document) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}
}
