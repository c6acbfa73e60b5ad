package org.mokuhyo.importer.producers;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A printed sheet as {@code pdftotext -layout} gives it: no tabs, columns set apart by runs of spaces, each cell's
 * lines wrapped at the cell's edge, pages cut by form feeds with the column titles printed again and page numbers in
 * the foot. Each sheet of the corpus, printed by the project's PDF writer and laid out by poppler, reads back as
 * itself, without a warning.
 */
class LayoutTextTest {

	static ImportResult parse(String text) {
		return SheetImporter.standard()
			.parse(text.getBytes(StandardCharsets.UTF_8), "x.txt", new ImportOptions(null, "豊中市", "272035"));
	}

	@ParameterizedTest
	@MethodSource("org.mokuhyo.importer.producers.ProducerCorpus#all")
	void eachSheetOfTheCorpusLaidOut(ProducerCorpus.Variant variant) {
		String text = PdfToText.layout(variant.sheet());
		assertThat(text).as("pdftotext -layout keeps no tabs").doesNotContain("\t");

		ImportResult result = parse(text);

		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).map(SheetDifferences::brief).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}
}
