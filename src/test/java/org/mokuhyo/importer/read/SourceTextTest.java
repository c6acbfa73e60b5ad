package org.mokuhyo.importer.read;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.importer.producers.SheetDifferences;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextTest {

	@Test
	void radicalsAndCompatibilityFormsBecomeTheKanjiAPersonReads() {
		assertThat(SourceText.normalize("市\u2EA0協働部 部\u2ED1 \u2F2F事")).isEqualTo("市民協働部 部長 工事");
		assertThat(SourceText.normalize("\uF91D\u6E08")).as("a compatibility ideograph").isEqualTo("\u6B04\u6E08");
		assertThat(SourceText.normalize("\u337B31年度 \u32FF元年")).isEqualTo("平成31年度 令和元年");
		assertThat(SourceText.normalize("ﬁle")).isEqualTo("file");
		assertThat(SourceText.normalize("地域\u00AD課題\u200Bの\u00A0共有\u3000を")).isEqualTo("地域課題の 共有 を");
	}

	@Test
	void theSheetsNotationIsKeptAsWritten() {
		String notation = "【重点】 (1) ①市民公益活動（通年）[新規] ・女性活躍 ～ ％ １０社 ㈱ ｻｷﾞ";
		assertThat(SourceText.normalize(notation)).isSameAs(notation);
	}

	@Test
	void aSheetWhoseTextLayerUsesRadicalsReadsAsTheSheet() {
		String radicals = SeedFixture.text().replace("民", "\u2EA0").replace("長", "\u2ED1").replace("工", "\u2F2F");
		ImportOptions options = new ImportOptions(null, "豊中市", "272035");
		ImportResult plain = SheetImporter.standard().parse(SeedFixture.bytes(), "seed.txt", options);
		ImportResult odd = SheetImporter.standard()
			.parse(radicals.getBytes(StandardCharsets.UTF_8), "radicals.txt", options);
		assertThat(odd.sheet().department().name()).isEqualTo("市民協働部");
		assertThat(SheetDifferences.between(plain.sheet(), odd.sheet())).isEmpty();
	}
}
