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
 * A table drawn without rules: its cells are cut where a line has wide gaps. That is the reader's reading of the
 * spacing, so it says so; the text itself is all there.
 */
class PdfUnruledTableTest {

	@Test
	void cellsCutAtGapsAreNamedInANote() throws IOException {
		SourceDocument document = new PdfSheetReader().read(pdf(), "x.pdf");

		assertThat(document.rows()).hasSize(2);
		assertThat(document.rows().get(0).filledCells()).extracting(SourceCell::text).containsExactly("1", "Alpha", "Done");
		assertThat(document.rows().get(1).filledCells()).extracting(SourceCell::text).containsExactly("2", "Beta", "Open");
		assertThat(document.notes()).singleElement().satisfies(note -> {
			assertThat(note.message()).startsWith("1 ページの罫線のない表は");
			assertThat(note.line()).as("the page's first line").isEqualTo(PdfSheetReader.LINES_PER_PAGE + 1);
		});
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				String[][] rows = { { "1", "Alpha", "Done" }, { "2", "Beta", "Open" } };
				float y = 500;
				for (String[] row : rows) {
					float x = 50;
					for (String cell : row) {
						content.beginText();
						content.setFont(font, 10);
						content.newLineAtOffset(x, y);
						content.showText(cell);
						content.endText();
						x += 150;
					}
					y -= 20;
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}
