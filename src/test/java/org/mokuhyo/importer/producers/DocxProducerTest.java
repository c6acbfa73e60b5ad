package org.mokuhyo.importer.producers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.importer.producers.ClerkDocx.Typing;
import org.mokuhyo.sheet.SheetWarning;

/**
 * A sheet typed in Word comes back as the sheet: every variant of the producer corpus, rendered as a clerk's .docx
 * in each way a clerk types it (labels typed, Word's automatic numbering, lines as line breaks), imports to exactly
 * the corpus sheet, with no warning but notes on the source.
 */
class DocxProducerTest {

	static final ImportOptions TOYONAKA = new ImportOptions(null, "豊中市", "272035");

	static Stream<Arguments> documents() {
		return ProducerCorpus.all()
			.stream()
			.flatMap(v -> Stream.of(Typing.values()).map(t -> Arguments.of(v, t)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("documents")
	void theClerksDocumentImportsAsTheSheet(ProducerCorpus.Variant variant, Typing typing) {
		byte[] docx = ClerkDocx.render(variant.sheet(), typing);

		ImportResult result = SheetImporter.standard().parse(docx, "x.docx", TOYONAKA);

		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).isEmpty();
		List<SheetWarning> warnings = result.report().warnings();
		assertThat(warnings).filteredOn(w -> !w.code().equals("SOURCE_NOTE")).isEmpty();
		assertThat(result.report().fiscalYearSource()).isEqualTo("DOCUMENT_HEADER");
	}
}
