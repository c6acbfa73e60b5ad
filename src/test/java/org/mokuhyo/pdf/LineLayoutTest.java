package org.mokuhyo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.pdf.Blocks.Para;
import org.mokuhyo.pdf.LineLayout.Line;

/**
 * The pure layout, no page drawn: lines with their paragraph marks, widths and heights, and where a cell may be cut
 * at a page's foot. Ten full-width characters at 10 pt in 100 pt (IPAex: every kana is 1 em); a line is 13.5 pt high,
 * a new paragraph 5 pt further down.
 */
class LineLayoutTest {

	private static final float LINE = 10f * LineLayout.LEADING;

	private static final float GAP = 10f * LineLayout.PARA_GAP;

	private PDDocument document;

	private FontSet fonts;

	private LineLayout layout;

	@BeforeEach
	void fonts() throws Exception {
		document = new PDDocument();
		fonts = new FontSet(document, PdfFonts.of(null));
		layout = new LineLayout(fonts);
	}

	@AfterEach
	void close() throws Exception {
		fonts.close();
		document.close();
	}

	private static Para para(String text) {
		return new Para(text, 10f, false, 0, 0);
	}

	private List<Line> lines(String... paras) {
		return layout.lines(List.of(paras).stream().map(LineLayoutTest::para).toList(), 100f);
	}

	@Test
	void paragraphsBecomeMeasuredLinesMarkedWhereTheyStartAndEnd() {
		List<Line> lines = lines("あいうえおかきくけこさしすせそ", " \t ", "①たちつてと");
		assertThat(lines).extracting(Line::text).containsExactly("あいうえおかきくけこ", "さしすせそ", "①たちつてと");
		assertThat(lines).extracting(Line::paraStart).containsExactly(true, false, true);
		assertThat(lines).extracting(Line::paraEnd).containsExactly(false, true, true);
		assertThat(lines).extracting(Line::labelStart).containsExactly(false, false, true);
		assertThat(lines.get(0).width()).isCloseTo(100f, within(0.01f));
		assertThat(lines.get(1).width()).isCloseTo(50f, within(0.01f));
		assertThat(lines.get(0).isShort()).isFalse();
		assertThat(lines.get(1).isShort()).isTrue(); // 50 pt of 100: reads as a paragraph's end
		assertThat(lines).extracting(Line::gapBefore).containsExactly(0f, 0f, GAP);
		assertThat(LineLayout.height(lines, 0, 3)).isCloseTo(3 * LINE + GAP, within(0.01f));
		// a part starting at a paragraph's first line takes no gap above it
		assertThat(LineLayout.height(lines, 2, 3)).isCloseTo(LINE, within(0.01f));
	}

	@Test
	void controlCharactersAreSpacesAndTheEndsAreTrimmed() {
		assertThat(lines("\tあい\nう\u0007え ")).extracting(Line::text).containsExactly("あい う え");
	}

	@Test
	void aCutFallsInsideAParagraphRatherThanAfterAFullLine() {
		// after a full last line a reader would take the next paragraph for the same one
		List<Line> lines = lines("あいうえおかきくけこさしすせそたちつてと", "なにぬねの");
		assertThat(LineLayout.cut(List.of(lines), new int[] { 0 }, 2 * LINE + GAP + LINE - 1)).containsExactly(1);
	}

	@Test
	void aCutFallsBeforeAParagraphThatStartsWithALabel() {
		List<Line> lines = lines("あいうえおかきくけこさしすせそたちつてと", "①なにぬねの");
		assertThat(LineLayout.cut(List.of(lines), new int[] { 0 }, 2 * LINE + GAP + LINE - 1)).containsExactly(2);
	}

	@Test
	void eachCellGoesAsFarAsItFitsAndAtLeastOneLineGoesWhenNothingFits() {
		List<Line> three = lines("あいうえおかきくけこさしすせそたちつてとなにぬね");
		List<Line> one = lines("あいう");
		assertThat(LineLayout.cut(List.of(three, one), new int[] { 0, 0 }, 2 * LINE)).containsExactly(2, 1);
		assertThat(LineLayout.cut(List.of(three, one), new int[] { 2, 1 }, LINE)).containsExactly(3, 1);
		assertThat(LineLayout.cut(List.of(three, one), new int[] { 0, 0 }, LINE / 2)).containsExactly(1, 1);
	}
}
