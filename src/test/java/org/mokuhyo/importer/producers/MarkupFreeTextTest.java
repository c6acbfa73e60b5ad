package org.mokuhyo.importer.producers;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text without cell markup ({@code <p>}, {@code <b>}, {@code <ul><li>}): what a plain-text extractor gives. Structure
 * must come from the words and the notation alone: each sheet of the corpus, with and without markup, reads back as
 * itself, without a warning.
 */
class MarkupFreeTextTest {

	static String withoutMarkup(String text) {
		return text.replaceAll("<[^<>]+>", " ").replaceAll(" {2,}", " ");
	}

	private static ImportResult parse(String text) {
		return SheetImporter.standard()
			.parse(text.getBytes(StandardCharsets.UTF_8), "plain.txt", new ImportOptions(null, "豊中市", "272035"));
	}

	@Test
	void theSampleWithoutMarkupReadsAsTheSample() {
		ImportResult result = parse(withoutMarkup(SeedFixture.text()));
		assertThat(SheetDifferences.between(ProducerCorpus.seed(), result.sheet())).map(SheetDifferences::brief)
			.isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("org.mokuhyo.importer.producers.ProducerCorpus#all")
	void eachSheetOfTheCorpusWithoutMarkup(ProducerCorpus.Variant variant) {
		ImportResult result = parse(TabbedText.render(variant.sheet(), false));
		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).map(SheetDifferences::brief).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("org.mokuhyo.importer.producers.ProducerCorpus#all")
	void eachSheetOfTheCorpusWithMarkup(ProducerCorpus.Variant variant) {
		ImportResult result = parse(TabbedText.render(variant.sheet(), true));
		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).map(SheetDifferences::brief).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}
}
