package org.mokuhyo.importer.producers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mokuhyo.browser.ChromiumExtension;
import org.mokuhyo.exchange.SheetLines;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.importer.producers.ProducerCorpus.Variant;
import org.mokuhyo.sheet.SheetWarning;

/**
 * Issue 12 §3: a sheet laid out in HTML ({@link HtmlSheet}) and printed to PDF by headless Chromium, as a clerk
 * prints a page from a browser, imports as the sheet it shows. Chromium's print is nothing like this project's own:
 * borders drawn as filled rectangles, text with radical code points for some kanji, tables running over pages with
 * their head repeated and a tall row split at a page's foot.
 */
class BrowserPrintedPdfTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	static List<Variant> corpus() {
		return ProducerCorpus.all();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void aSheetPrintedByChromiumImportsAsItShows(Variant variant) {
		byte[] pdf = print(HtmlSheet.html(variant.sheet()));
		Prints.keep("chromium-" + variant.name() + ".pdf", pdf);

		ImportResult result = SheetImporter.standard()
			.parse(pdf, "x.pdf", new ImportOptions(null, "豊中市", "272035"));

		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).isEmpty();
		assertThat(result.report().warnings()).extracting(SheetWarning::code).allMatch("SOURCE_NOTE"::equals);
	}

	/**
	 * The long goal's row is taller than what is left of its page: Chromium cuts it, leaves it open at the page's foot
	 * and goes on under the repeated head. It comes back whole, and without a note: the repeated head and the empty
	 * number cell state the continuation.
	 */
	@Test
	void aTallRowCutByAPageBreakComesBackWhole() {
		Variant variant = ProducerCorpus.longCells();
		byte[] pdf = print(HtmlSheet.html(variant.sheet()));
		List<String> lines = SheetLines.annualGoal(variant.sheet().annualGoals().get(0));

		assertThat(PrintedPages.holding(pdf, lines.get(lines.size() - 1))).as("the cut cell's last line on another page")
			.isNotEmpty()
			.doesNotContainAnyElementsOf(PrintedPages.holding(pdf, lines.get(1)));
		assertThat(PrintedPages.holding(pdf, "取組み事項及びその内容・スケジュール")).hasSizeGreaterThan(1);
		ImportResult result = import_(pdf);
		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}

	/**
	 * The same row cut in a table without a head to repeat ({@code <thead>} written as body rows): the rest of the cut
	 * cells on the next page has no rule above it, which states the continuation as a repeated head does.
	 */
	@Test
	void aRowCutWithoutARepeatedHeadComesBackWhole() {
		Variant variant = ProducerCorpus.longCells();
		byte[] pdf = print(HtmlSheet.html(variant.sheet()).replace("<thead>", "<tbody>").replace("</thead>", "</tbody>"));
		List<String> lines = SheetLines.annualGoal(variant.sheet().annualGoals().get(0));

		assertThat(PrintedPages.holding(pdf, lines.get(lines.size() - 1)))
			.doesNotContainAnyElementsOf(PrintedPages.holding(pdf, lines.get(1)));
		ImportResult result = import_(pdf);
		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}

	private static ImportResult import_(byte[] pdf) {
		return SheetImporter.standard().parse(pdf, "x.pdf", new ImportOptions(null, "豊中市", "272035"));
	}

	static byte[] print(String html) {
		return print(chromium.browser(), html);
	}

	/** The page printed as a person prints it from Chromium: A4 landscape, backgrounds on. */
	static byte[] print(com.microsoft.playwright.Browser browser, String html) {
		try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
			page.setContent(html);
			return page.pdf(new Page.PdfOptions().setFormat("A4").setLandscape(true).setPrintBackground(true));
		}
	}
}
