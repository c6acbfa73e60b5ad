package org.mokuhyo.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.read.PdfPageReader.TextLine;

/** When a line starting with ・ is the rest of the line above (LibreOffice's wrap) and when it is a bullet. */
class PdfWrappedDotsTest {

	private static final float EDGE = 400;

	private static TextLine line(String text, float left, float right) {
		return new TextLine(1, text, left, right, 100, 10, false);
	}

	@Test
	void aDotAfterAFullLineStoppingMidPhraseContinuesItWithANote() {
		List<SourceNote> notes = new ArrayList<>();
		TextLine dot = line("・解決に結びつけます。", 10, 120);

		boolean continues = PdfWrappedDots.continues(line("セーフティネットを強固にし、支援", 10, EDGE - 5), dot, EDGE, notes);

		assertThat(continues).isTrue();
		assertThat(notes).singleElement().satisfies(note -> {
			assertThat(note.message()).contains("支援・解決");
			assertThat(note.line()).as("page × 1000 + the dot's line").isEqualTo(dot.page * PdfSheetReader.LINES_PER_PAGE + dot.number);
		});
	}

	@Test
	void aDotAfterAShortLineOrASentenceOrIndentedIsABullet() {
		List<SourceNote> notes = new ArrayList<>();

		assertThat(PdfWrappedDots.continues(line("① 女性活躍の推進", 10, 150), line("・認証制度の周知", 10, 150), EDGE, notes))
			.isFalse();
		assertThat(PdfWrappedDots.continues(line("…を推進します。", 10, EDGE), line("・認証制度の周知", 10, 150), EDGE, notes))
			.isFalse();
		assertThat(PdfWrappedDots.continues(line("① 取組みの内容が行末まで続く", 10, EDGE), line("・認証制度の周知", 30, 150), EDGE,
				notes))
			.isFalse();
		assertThat(notes).isEmpty();
	}
}
