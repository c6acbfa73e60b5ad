package org.mokuhyo.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.pdf.PageTurns.Turn;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.importer.producers.SheetDifferences;

/**
 * Sheets published as pages stored turned ({@code /Rotate} 90, 180, 270 with the content drawn turned back, a box
 * away from the origin) read as they are shown. Each test PDF is first proved to show as the writer's own (rendered
 * and compared), then imported: the sheet comes back identical. A page shown sideways is read along its text, with a
 * note.
 */
class PdfRotatedPagesTest {

	private static SheetData sheet;

	private static byte[] original;

	@BeforeAll
	static void print() {
		// the long goal runs over pages, so a row cut at a page's foot is joined across pages stored differently
		sheet = PdfTestSheets.long_(PdfTestSheets.seed());
		original = PdfTestSheets.pdf(sheet);
	}

	private static void showsAsTheOriginal(byte[] turned) throws Exception {
		int pages;
		try (PDDocument document = Loader.loadPDF(original)) {
			pages = document.getNumberOfPages();
		}
		for (int i = 0; i < Math.min(pages, 3); i++) {
			BufferedImage before = PageTurns.render(original, i);
			BufferedImage after = PageTurns.render(turned, i);
			assertThat(after.getWidth()).as("page %d width", i + 1).isEqualTo(before.getWidth());
			assertThat(after.getHeight()).as("page %d height", i + 1).isEqualTo(before.getHeight());
			assertThat(PageTurns.differingShare(before, after)).as("page %d", i + 1).isLessThan(0.005);
		}
	}

	private static void comesBackIdentical(byte[] turned) {
		ImportResult back = PdfTestSheets.parse(turned, "turned.pdf");

		assertThat(back.report().warnings()).isEmpty();
		assertThat(SheetDifferences.between(sheet, back.sheet())).isEmpty();
	}

	@ParameterizedTest(name = "/Rotate {0}")
	@ValueSource(ints = { 90, 180, 270 })
	void pagesStoredTurnedAreReadAsShown(int rotate) throws Exception {
		byte[] turned = PageTurns.turn(original, Turn.of(rotate));

		try (PDDocument document = Loader.loadPDF(turned)) {
			assertThat(document.getPage(0).getRotation()).isEqualTo(rotate);
		}
		showsAsTheOriginal(turned);
		comesBackIdentical(turned);
	}

	@Test
	void pagesOfOneDocumentMayBeStoredEachTheirOwnWay() throws Exception {
		byte[] turned = PageTurns.turn(original, Turn.of(90), Turn.of(0), Turn.of(270), Turn.of(180));

		try (PDDocument document = Loader.loadPDF(turned)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
		}
		showsAsTheOriginal(turned);
		comesBackIdentical(turned);
	}

	@Test
	void aCropBoxAwayFromTheOriginIsReadFromItsCorner() throws Exception {
		byte[] turned = PageTurns.turn(original, Turn.cropped(0, 120, 75), Turn.cropped(90, 33, 210));

		try (PDDocument document = Loader.loadPDF(turned)) {
			assertThat(document.getPage(0).getCropBox().getLowerLeftX()).isEqualTo(120f);
			assertThat(document.getPage(0).getMediaBox().getLowerLeftX()).isZero();
		}
		showsAsTheOriginal(turned);
		comesBackIdentical(turned);
	}

	@Test
	void aMediaBoxAwayFromTheOriginIsReadFromItsCorner() throws Exception {
		byte[] turned = PageTurns.turn(original, Turn.moved(270, -40, -25), Turn.moved(180, 60, 300));

		showsAsTheOriginal(turned);
		comesBackIdentical(turned);
	}

	/**
	 * {@code /Rotate} set on every other of the writer's own pages, their content not turned back: a viewer shows them
	 * on their side or upside down. They are read along their text, which gives the sheet, and the import names them.
	 */
	@ParameterizedTest(name = "/Rotate {0} not undone")
	@ValueSource(ints = { 90, 180, 270 })
	void pagesShownTurnedAreReadAlongTheirTextWithANote(int rotate) throws Exception {
		byte[] sideways = PageTurns.turn(original, Turn.sideways(rotate), Turn.of(0));

		BufferedImage before = PageTurns.render(original, 0);
		BufferedImage after = PageTurns.render(sideways, 0);
		if (rotate == 180) {
			assertThat(PageTurns.differingShare(before, after)).isGreaterThan(0.01);
		}
		else {
			assertThat(after.getWidth()).isEqualTo(before.getHeight()); // the landscape page stands on its side
		}
		int pages;
		try (PDDocument document = Loader.loadPDF(sideways)) {
			pages = document.getNumberOfPages();
		}
		String odd = IntStream.rangeClosed(1, pages)
			.filter(p -> p % 2 == 1)
			.mapToObj(String::valueOf)
			.collect(Collectors.joining(", "));
		ImportResult back = PdfTestSheets.parse(sideways, "sideways.pdf");

		assertThat(SheetDifferences.between(sheet, back.sheet())).isEmpty();
		assertThat(back.report().warnings()).singleElement().satisfies(w -> {
			assertThat(w.code()).isEqualTo("SOURCE_NOTE");
			assertThat(w.message()).startsWith(odd + " ページは文字が" + (rotate == 180 ? "逆さま" : "横向き") + "に表示される");
		});
	}
}
