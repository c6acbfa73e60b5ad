package org.mokuhyo.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A row left open at a page's foot whose rest on the next page has a rule above it and no head repeated over it:
 * nothing in the layout says the two belong together. The reader joins them (the next row has no number of its own)
 * and says so in a note; with a number of its own, the next row is a row of its own.
 */
class PdfPageBreakJoinTest {

	private static final float LEFT = 50;

	private static final float MIDDLE = 100;

	private static final float RIGHT = 500;

	@Test
	void aRowContinuedWithoutAnythingStatingItIsJoinedWithANote() throws IOException {
		SourceDocument document = new PdfSheetReader().read(pdf(""), "x.pdf");

		assertThat(document.rows()).hasSize(2);
		assertThat(document.rows().get(1).text()).contains("Beta first line").contains("beta second line");
		assertThat(document.notes()).singleElement().asString().contains("一つの行につなげました");
	}

	@Test
	void aNextRowWithItsOwnNumberIsARowOfItsOwn() throws IOException {
		SourceDocument document = new PdfSheetReader().read(pdf("3"), "x.pdf");

		assertThat(document.rows()).hasSize(3);
		assertThat(document.rows().get(2).text()).isEqualTo("3 beta second line");
		assertThat(document.notes()).isEmpty();
	}

	/** Page 1: a closed row and a row open at the foot; page 2: a ruled row with {@code number} in its first cell. */
	private static byte[] pdf(String number) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			PDPage first = new PDPage(a4);
			document.addPage(first);
			try (PDPageContentStream content = new PDPageContentStream(document, first)) {
				rule(content, LEFT, 500, RIGHT, 500);
				rule(content, LEFT, 470, RIGHT, 470);
				for (float x : new float[] { LEFT, MIDDLE, RIGHT }) {
					rule(content, x, 500, x, 0); // to the page's foot: the second row has no rule below
				}
				text(content, font, LEFT + 5, 480, "1");
				text(content, font, MIDDLE + 5, 480, "Alpha");
				text(content, font, LEFT + 5, 450, "2");
				text(content, font, MIDDLE + 5, 450, "Beta first line");
			}
			PDPage second = new PDPage(a4);
			document.addPage(second);
			try (PDPageContentStream content = new PDPageContentStream(document, second)) {
				rule(content, LEFT, 560, RIGHT, 560);
				rule(content, LEFT, 530, RIGHT, 530);
				for (float x : new float[] { LEFT, MIDDLE, RIGHT }) {
					rule(content, x, 560, x, 530);
				}
				if (!number.isEmpty()) {
					text(content, font, LEFT + 5, 540, number);
				}
				text(content, font, MIDDLE + 5, 540, "beta second line");
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void rule(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
		content.moveTo(x1, y1);
		content.lineTo(x2, y2);
		content.stroke();
	}

	private static void text(PDPageContentStream content, PDType1Font font, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, 10);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}
}
