package org.mokuhyo.importer.producers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mokuhyo.exchange.LibreOffice;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.SheetWarning;

/**
 * The city's own workbook in a clerk's layout ({@link ClerkWorkbook}: spacer column and row, merged cells, goals in
 * one cell with line breaks or a line a row, numbers typed as numbers) imports into the very sheet the text import
 * gave, for every variant of the producer corpus, and so does the seed's workbook once LibreOffice saved it again.
 */
class ClerkWorkbookTest {

	static final ImportOptions TOYONAKA = new ImportOptions(null, "豊中市", "272035");

	static List<ProducerCorpus.Variant> variants() {
		return ProducerCorpus.all();
	}

	@ParameterizedTest
	@MethodSource("variants")
	void aClerksWorkbookImportsAsTheTextDid(ProducerCorpus.Variant variant) {
		assertImports(variant, ClerkWorkbook.xlsx(variant.sheet()));
	}

	/** The variant of the layout where each item and action is a row of its own under the goal's number. */
	@ParameterizedTest
	@MethodSource("variants")
	void oneLineARowImportsAsTheTextDid(ProducerCorpus.Variant variant) {
		assertImports(variant, ClerkWorkbook.xlsx(variant.sheet(), ClerkWorkbook.Layout.ROW_PER_LINE));
	}

	/** The clerk's workbook opened and saved again in LibreOffice: its own shared strings, styles and merges. */
	@ParameterizedTest
	@EnumSource(ClerkWorkbook.Layout.class)
	void theSameWorkbookSavedAgainByLibreOffice(ClerkWorkbook.Layout layout, @TempDir Path dir) throws Exception {
		ProducerCorpus.Variant seed = new ProducerCorpus.Variant("seed", ProducerCorpus.seed());
		Path original = Files.write(dir.resolve("clerk.xlsx"), ClerkWorkbook.xlsx(seed.sheet(), layout));
		// LibreOffice will not write over its input: it converts into a directory of its own
		Path resaved = LibreOffice.convert(original, "xlsx:Calc MS Excel 2007 XML", "xlsx",
				Files.createDirectories(dir.resolve("lo")));
		byte[] bytes = Files.readAllBytes(resaved);
		assertThat(bytes).isNotEqualTo(Files.readAllBytes(original));
		assertImports(seed, bytes);
	}

	static void assertImports(ProducerCorpus.Variant variant, byte[] workbook) {
		ImportResult result = SheetImporter.standard().parse(workbook, "x.xlsx", TOYONAKA);
		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).isEmpty();
		assertThat(result.report().warnings()).extracting(SheetWarning::code).allMatch("SOURCE_NOTE"::equals);
	}
}
