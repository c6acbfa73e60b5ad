package org.mokuhyo.importer.producers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetWarning;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A printed sheet as a person copies it out of a PDF viewer: {@code pdftotext} without {@code -layout}, the words in
 * reading order, no columns, a mid-term goal's description and schedule run into one stream, the header's last cell
 * (氏名) put after the first page's number. Each sheet of the corpus reads back as itself; the one guess the reader
 * makes on these prints (the 氏名 taken from the page's foot) is said in a note, and nothing else is warned.
 */
class ViewerCopyTextTest {

	@ParameterizedTest
	@MethodSource("org.mokuhyo.importer.producers.ProducerCorpus#all")
	void eachSheetOfTheCorpusCopiedInReadingOrder(ProducerCorpus.Variant variant) {
		String text = PdfToText.readingOrder(variant.sheet());
		assertThat(text).as("reading order keeps no tabs").doesNotContain("\t");

		assertReadsAsItself(variant, LayoutTextTest.parse(text));
	}

	/** A viewer's clipboard has no form feeds between pages: the same words without them. */
	@ParameterizedTest
	@MethodSource("org.mokuhyo.importer.producers.ProducerCorpus#all")
	void eachSheetOfTheCorpusCopiedWithoutPageBreaks(ProducerCorpus.Variant variant) {
		String text = PdfToText.readingOrder(variant.sheet()).replace("\f", "\n");

		assertReadsAsItself(variant, LayoutTextTest.parse(text));
	}

	/**
	 * Written reviews and a written summary are, in a copy, lines among the goal's content and the 方針 with nothing
	 * to tell them apart: the import says so for each goal and for the policy, rather than passing the mix off as read.
	 */
	@Test
	void aReviewedSheetCopiedSaysWhatItCannotTellApart() {
		SheetData sheet = ProducerCorpus.reviewed(ProducerCorpus.seed());

		ImportResult result = LayoutTextTest.parse(PdfToText.readingOrder(sheet));

		assertThat(result.report().warnings()).map(SheetWarning::message)
			.filteredOn(m -> m.contains("区別できません"))
			.hasSize(sheet.annualGoals().size() + 1)
			.anySatisfy(m -> assertThat(m).contains("取り組みの総括"))
			.anySatisfy(m -> assertThat(m).contains("当年度目標1の振り返り"));
	}

	private static void assertReadsAsItself(ProducerCorpus.Variant variant, ImportResult result) {
		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).map(SheetDifferences::brief).isEmpty();
		assertThat(result.report().warnings()).map(SheetWarning::message)
			.singleElement()
			.asString()
			.contains(variant.sheet().department().headName(), "「氏名」の値として読みました");
		// the note points at the line the 氏名 was taken from, as its words say
		SheetWarning note = result.report().warnings().get(0);
		assertThat(note.line()).isGreaterThan(1);
		assertThat(note.message()).startsWith(note.line() + "行目の「" + variant.sheet().department().headName() + "」");
	}
}
