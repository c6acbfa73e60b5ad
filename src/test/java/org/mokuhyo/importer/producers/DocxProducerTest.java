package org.mokuhyo.importer.producers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

	/**
	 * The typings are what they say: with automatic numbering no label of the corpus is typed (each is one Word
	 * numbers), with line breaks a goal's lines share one paragraph.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.mokuhyo.importer.producers.ProducerCorpus#all")
	void theTypingsAreWhatTheySay(ProducerCorpus.Variant variant) throws Exception {
		String numbered = documentXml(ClerkDocx.render(variant.sheet(), Typing.AUTOMATIC_NUMBERING));
		assertThat(numbered).doesNotContainPattern("<w:t[^>]*>\\s*(\\(\\d+\\)|[\\u2460-\\u2473]|・|○)")
			.containsPattern("<w:numId w:val=\"2\"/>");
		assertThat(numbered.split("<w:numPr>", -1).length - 1).isGreaterThan(100);
		String typed = documentXml(ClerkDocx.render(variant.sheet(), Typing.TYPED_LABELS));
		assertThat(typed).contains(">(1) ", ">① ").doesNotContain("<w:numPr>", "<w:br/>");
		String broken = documentXml(ClerkDocx.render(variant.sheet(), Typing.SOFT_BREAKS));
		assertThat(broken.split("<w:br/>", -1).length - 1).isGreaterThan(100);
	}

	private static String documentXml(byte[] docx) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no word/document.xml");
	}
}
