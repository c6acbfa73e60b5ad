package org.mokuhyo.importer.producers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mokuhyo.exchange.LibreOffice;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.importer.producers.ProducerCorpus.Variant;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetWarning;

/**
 * Issue 12 §3: a clerk's workbook ({@link ClerkWorkbook}: merged cells, a goal's lines in one wrapped cell, the
 * table's header rows repeated on every printed page) printed to PDF by LibreOffice, as a clerk prints it, imports as
 * the sheet it shows: its table runs over several pages, with its head repeated and rows cut at a page's foot.
 */
class LibreOfficePrintedPdfTest {

	static List<Variant> corpus() {
		return ProducerCorpus.all();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void aClerksWorkbookPrintedByLibreOfficeImportsAsItShows(Variant variant, @TempDir Path dir) throws Exception {
		byte[] pdf = print(ClerkWorkbook.xlsx(variant.sheet()), dir);
		Prints.keep("libreoffice-" + variant.name() + ".pdf", pdf);

		ImportResult result = SheetImporter.standard()
			.parse(pdf, "x.pdf", new ImportOptions(null, "豊中市", "272035"));

		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).isEmpty();
		assertThat(result.report().warnings()).extracting(SheetWarning::code).allMatch("SOURCE_NOTE"::equals);
	}

	/**
	 * LibreOffice never cuts a row, but a merged cell (a mid-term goal's schedule, merged down over its 総合計画 and
	 * 基本政策 rows) runs on over a page break: it is drawn whole on both pages, each clipped to its part, beside the
	 * next page's repeated head. The goal comes back whole, its schedule once, and the head is not read again.
	 */
	@Test
	void aMergedCellCutByAPageBreakComesBackWhole(@TempDir Path dir) throws Exception {
		SheetData seed = ProducerCorpus.seed();
		byte[] pdf = print(ClerkWorkbook.xlsx(seed), dir);

		assertThat(seed.midTermGoals().stream().flatMap(g -> g.steps().stream()).map(MidTermStep::text))
			.as("a schedule drawn on two pages").anyMatch(step -> PrintedPages.holding(pdf, step).size() > 1);
		assertThat(PrintedPages.holding(pdf, "取組み事項及びその内容・スケジュール")).hasSizeGreaterThan(2);
		ImportResult result = SheetImporter.standard().parse(pdf, "x.pdf", new ImportOptions(null, "豊中市", "272035"));
		assertThat(SheetDifferences.between(seed, result.sheet())).isEmpty();
	}

	static byte[] print(byte[] workbook, Path dir) throws Exception {
		Path xlsx = Files.write(dir.resolve("clerk.xlsx"), workbook);
		return Files.readAllBytes(LibreOffice.convert(xlsx, "pdf", "pdf", Files.createDirectories(dir.resolve("lo"))));
	}
}
