package org.mokuhyo.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.read.PdfPageReader.TextLine;

/** How wide a line's first unbreakable word is taken to be, which says whether the line above wrapped before it. */
class PdfFirstWordTest {

	private static float width(String text) {
		return PdfSheetReader.firstWordWidth(new TextLine(1, text, 0, 100, 10, 10, false));
	}

	@Test
	void aBracketedNumberAHalfWidthWordAndOneKanji() {
		assertThat(width("（2027年度）")).isEqualTo(34f, offset(0.01f));
		assertThat(width("DXaaSの導入")).isEqualTo(30f, offset(0.01f));
		assertThat(width("令和6年度")).isEqualTo(10f);
		assertThat(width("っている。")).isEqualTo(10f); // a small kana may not start a line: it is the word
	}
}
