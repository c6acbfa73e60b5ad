package org.mokuhyo.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.sheet.SheetWarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The structural self-check after every import (issue 12 §4): each anomaly injected into a copy of the sample gives
 * its warning at its source line; the sample itself gives none.
 */
class StructureSelfCheckTest {

	private static List<SheetWarning> warnings(String text) {
		return SheetImporter.standard()
			.parse(text.getBytes(StandardCharsets.UTF_8), "anomaly.txt", new ImportOptions(null, "豊中市", "272035"))
			.report()
			.warnings();
	}

	/** The one line of the sample starting with the prefix, changed. */
	private static String changed(String prefix, String from, String to) {
		String[] lines = SeedFixture.text().split("\n", -1);
		int hits = 0;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(prefix)) {
				assertThat(lines[i]).contains(from);
				lines[i] = lines[i].replace(from, to);
				hits++;
			}
		}
		assertThat(hits).as("lines starting with " + prefix).isEqualTo(1);
		return String.join("\n", lines);
	}

	private static SheetWarning only(List<SheetWarning> warnings) {
		assertThat(warnings).hasSize(1);
		return warnings.get(0);
	}

	@Test
	void theSampleItselfRaisesNothing() {
		assertThat(warnings(SeedFixture.text())).isEmpty();
	}

	@Test
	void itemNumbersOutOfSequence() {
		SheetWarning w = only(warnings(changed("3\t<p>くらし", "(5) 労働や消費等", "(3) 労働や消費等")));
		assertThat(w.code()).isEqualTo("NUMBERING");
		assertThat(w.line()).isEqualTo(36);
		assertThat(w.column()).isEqualTo(2);
		assertThat(w.text()).isEqualTo("(3)");
		assertThat(w.message()).contains("目標3の取組み事項");
	}

	@Test
	void actionNumbersOutOfSequence() {
		SheetWarning w = only(warnings(changed("2\t<p>地域コミュニティの活性化及び地域連携の推進 【重点】", "③校区ごと", "⑤校区ごと")));
		assertThat(w.code()).isEqualTo("NUMBERING");
		assertThat(w.line()).isEqualTo(27);
		assertThat(w.text()).isEqualTo("⑤");
		assertThat(w.message()).contains("目標2 (1)の取組み");
	}

	@Test
	void goalNumbersOutOfSequence() {
		SheetWarning annual = only(warnings(changed("5\t<p>人権尊重", "5\t", "6\t")));
		assertThat(annual.code()).isEqualTo("NUMBERING");
		assertThat(annual.line()).isEqualTo(48);
		assertThat(annual.column()).isEqualTo(1);
		SheetWarning midTerm = only(warnings(changed("7\t<p>男女共同参画", "7\t", "9\t")));
		assertThat(midTerm.code()).isEqualTo("NUMBERING");
		assertThat(midTerm.line()).isEqualTo(93);
		assertThat(midTerm.message()).contains("中期目標");
	}

	@Test
	void aLinkLeftInsideAnAction() {
		SheetWarning w = only(warnings(changed("1\t<p>市民協働の推進", "①市民公益活動推進助成金(夢基金)の活用(通年)",
				"①市民公益活動推進助成金(夢基金)の活用(通年) 5-1- (3)")));
		assertThat(w.code()).isEqualTo("LINK_IN_TEXT");
		assertThat(w.line()).isEqualTo(21);
		assertThat(w.text()).contains("5-1- (3)");
	}

	@Test
	void thePlaceholderInsideContent() {
		SheetWarning w = only(warnings(changed("2\t<p>地域コミュニティの活性化及び地域連携の推進 【重点】", "①公募事務の開始(4月)", "①公募事務の開始(4月)【今年度末に記載】")));
		assertThat(w.code()).isEqualTo("PLACEHOLDER_IN_CONTENT");
		assertThat(w.line()).isEqualTo(27);
	}

	@Test
	void aMidTermTitleLongerThanATitleCanBe() {
		String title = "市民との協働の推進に向けて市民公益活動推進条例の趣旨をふまえ協働事業がさらに充実するよう庁内外で取り組みを進めること";
		SheetWarning w = only(warnings(changed("1\t<p>市民との協働の推進", "<p>市民との協働の推進</p>", "<p>" + title + "</p>")));
		assertThat(w.code()).isEqualTo("TITLE_TOO_LONG");
		assertThat(w.line()).isEqualTo(54);
		assertThat(w.text()).isEqualTo(title);
	}

	@Test
	void aGoalWithItemsButNoActions() {
		String[] lines = SeedFixture.text().split("\n", -1);
		lines[20] = lines[20].replaceAll("<ul[^>]*>.*?</ul>", ""); // goal 1's four items keep no action
		List<SheetWarning> warnings = warnings(String.join("\n", lines));
		assertThat(warnings).extracting(SheetWarning::code).containsExactly("GOAL_WITHOUT_ACTIONS");
		assertThat(warnings.get(0).line()).isEqualTo(21);
	}

	@Test
	void aSectionHeadingWithNothingUnderItIsRefused() {
		String text = SeedFixture.text();
		String cut = text.substring(0, text.indexOf("4. 中期目標")) + "4. 中期目標(概ね今後4年間)\n";
		assertThatThrownBy(() -> warnings(cut)).isInstanceOfSatisfying(ImportRejectedException.class, ex -> {
			assertThat(ex.code()).isEqualTo("SECTION_EMPTY");
			assertThat(ex.getMessage()).contains("中期目標").contains("51行目");
		});
	}
}
