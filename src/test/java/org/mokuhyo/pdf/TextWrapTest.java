package org.mokuhyo.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Kinsoku: a line never starts with 、。」）・ nor with what reads as a label, and spaces stay at the line's end. */
class TextWrapTest {

	/** Ten full-width characters at 10 pt in a line of 100 pt (IPAex: every kana and kanji is 1 em). */
	private static List<String> wrap(String text) throws Exception {
		try (PDDocument document = new PDDocument(); FontSet fonts = new FontSet(document, PdfFonts.of(null))) {
			return TextWrap.wrap(text, 100f, 100f, fonts, 10f);
		}
	}

	@Test
	void punctuationAndClosingBracketsDoNotStartALine() throws Exception {
		assertThat(wrap("あいうえおかきくけこ、さしすせそ")).containsExactly("あいうえおかきくけ", "こ、さしすせそ");
		assertThat(wrap("あいうえおかきくけこ。さしすせそ")).containsExactly("あいうえおかきくけ", "こ。さしすせそ");
		assertThat(wrap("あいうえおかきく「け」）さしすせ")).containsExactly("あいうえおかきく", "「け」）さしすせ");
		assertThat(wrap("あいうえおかきくけこ・さし")).containsExactly("あいうえおかきくけ", "こ・さし");
	}

	@Test
	void openingBracketsDoNotEndALine() throws Exception {
		assertThat(wrap("あいうえおかきくけ（こさしすせそ")).containsExactly("あいうえおかきくけ", "（こさしすせそ");
	}

	@Test
	void aLabelNeverStartsAContinuationLine() throws Exception {
		assertThat(wrap("あいうえおかきくけこ①さしすせそ")).containsExactly("あいうえおかきくけ", "こ①さしすせそ");
		assertThat(wrap("あいうえおかきくけこ(1)さし")).containsExactly("あいうえおかきくけ", "こ(1)さし");
	}

	@Test
	void spacesAtABreakStayOnTheLine() throws Exception {
		assertThat(wrap("あいうえおかきくけこ  さしすせそ")).containsExactly("あいうえおかきくけこ  ", "さしすせそ");
	}

	@Test
	void textThatFitsIsOneLine() throws Exception {
		assertThat(wrap("あいうえお")).containsExactly("あいうえお");
	}
}
