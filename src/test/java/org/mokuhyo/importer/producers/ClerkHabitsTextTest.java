package org.mokuhyo.importer.producers;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.SheetWarning;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clerks type differently from the published layout, each in a copy of the sample: the sheet read is the
 * sample's, field by field.
 */
class ClerkHabitsTextTest {

	private static ImportResult parse(String text) {
		return SheetImporter.standard()
			.parse(text.getBytes(StandardCharsets.UTF_8), "clerk.txt", new ImportOptions(null, "豊中市", "272035"));
	}

	private static void readsAsTheSample(String text) {
		ImportResult result = parse(text);
		assertThat(SheetDifferences.between(ProducerCorpus.seed(), result.sheet())).map(SheetDifferences::brief).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}

	@Test
	void numberColumnTitledNoWithAPeriodAndGoalNumbersWithAPeriod() {
		readsAsTheSample(SeedFixture.text().replace("No\t", "No.\t").replaceAll("(?m)^([1-7])\t", "$1.\t"));
	}

	@Test
	void aFormTitleWithTheDepartmentAfterIt() {
		readsAsTheSample("令和6年度　部局長の目標（市民協働部）\n" + SeedFixture.text());
	}

	@Test
	void sectionHeadingsWithoutTheirNumbers() {
		readsAsTheSample(SeedFixture.text()
			.replace("### 1. 部局の使命", "部局の使命")
			.replace("3. 当年度目標と目標設定", "当年度目標と目標設定")
			.replace("4. 中期目標(概ね今後4年間)", "中期目標(概ね今後4年間)"));
	}

	@Test
	void actionsIndentedOneColumnRightOfTheirItem() {
		// goal 4 as a clerk types it a line a row: the goal's title, then items, then actions a column further right
		String goal4 = SeedFixture.text().lines().filter(l -> l.startsWith("4\t市民窓口サービスの向上")).findFirst().orElseThrow();
		String[] cells = goal4.split("\t", -1);
		StringBuilder rows = new StringBuilder("4\t市民窓口サービスの向上\t\t" + cells[2] + "\t" + cells[3] + "\n");
		for (String piece : cells[1].replace("市民窓口サービスの向上 ", "").split(" (?=\\(\\d\\)|[①-⑳])")) {
			rows.append(piece.startsWith("(") ? "\t" + piece + "\t\t\t\n" : "\t\t" + piece + "\t\t\n");
		}
		String text = SeedFixture.text()
			.replace(goal4 + "\n", rows.toString())
			.replace("No\t当年度目標(当初設定)\t実績\t\n\t取組み事項及びその内容・スケジュール\t取組みを行った内容・成果\t課題・今後の方向性\n4\t",
					"No\t当年度目標(当初設定)\t\t実績\t\n\t取組み事項及びその内容・スケジュール\t\t取組みを行った内容・成果\t課題・今後の方向性\n4\t");
		assertThat(text).contains("\t\t①窓口委託のモニタリング");
		readsAsTheSample(text);
	}

	@Test
	void aFootnoteUnderTheTablesIsSaidNotStored() {
		ImportResult result = parse(SeedFixture.text() + "\n※【重点】は重点目標\n");
		assertThat(SheetDifferences.between(ProducerCorpus.seed(), result.sheet())).isEmpty();
		List<SheetWarning> warnings = result.report().warnings();
		assertThat(warnings).extracting(SheetWarning::code).containsExactly("FOOTNOTE");
		assertThat(warnings.get(0).text()).isEqualTo("※【重点】は重点目標");
	}

	@Test
	void theHeaderInAnyOrderAndSpacing() {
		String row = "部局\t市民協働部\t補職\t部長\t氏名\t宮城 節子";
		assertThat(SeedFixture.text()).contains(row);
		readsAsTheSample(SeedFixture.text().replace(row, "部局：市民協働部　補職：部長　氏名：宮城 節子"));
		readsAsTheSample(SeedFixture.text().replace(row, "部局 市民協働部 補職 部長 氏名 宮城 節子"));
		readsAsTheSample(SeedFixture.text().replace(row, "氏　名\t宮城 節子\t部　局\t市民協働部\t補　職\t部長"));
		readsAsTheSample(SeedFixture.text().replace(row, "補職\t部局\t氏名\n部長\t市民協働部\t宮城 節子"));
		readsAsTheSample(SeedFixture.text().replace(row, "部局：\t市民協働部\t補職：\t部長\t氏名：\t宮城 節子"));
	}

	@Test
	void parenthesisedNumbersAsOneCharacterAndWordProcessorBullets() {
		String text = SeedFixture.text().replace("(1) 窓口委託", "⑴ 窓口委託").replace("(2) マイナンバーカード交付", "⑵ マイナンバーカード交付")
			.replace("<li>・市民公益活動支援センターの運営</li>", "<li>• 市民公益活動支援センターの運営</li>");
		assertThat(text).contains("⑴ 窓口委託").contains("• 市民公益活動支援センターの運営");
		readsAsTheSample(text);
	}

	@Test
	void thisApplicationsOwnWordingForAFieldNotYetWritten() {
		String text = SeedFixture.text().replace("【今年度末に記載】", "未記載（年度末に記載）");
		assertThat(text).doesNotContain("【今年度末に記載】");
		readsAsTheSample(text);
	}
}
