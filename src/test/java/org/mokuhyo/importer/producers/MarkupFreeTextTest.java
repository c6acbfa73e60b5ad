package org.mokuhyo.importer.producers;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample text with its cell markup removed ({@code <p>}, {@code <b>}, {@code <ul><li>}): what a plain-text
 * extractor gives. Structure must come from the words and the notation alone.
 */
class MarkupFreeTextTest {

	static String withoutMarkup(String text) {
		return text.replaceAll("<[^<>]+>", " ").replaceAll(" {2,}", " ");
	}

	@Test
	void theSampleWithoutMarkupReadsAsTheSample() {
		String text = withoutMarkup(SeedFixture.text());
		ImportResult result = SheetImporter.standard()
			.parse(text.getBytes(StandardCharsets.UTF_8), "plain.txt", new ImportOptions(null, "豊中市", "272035"));
		assertThat(SheetDifferences.between(ProducerCorpus.seed(), result.sheet())).map(SheetDifferences::brief)
			.isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}
}
