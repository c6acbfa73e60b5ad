package org.mokuhyo.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.SheetData;

/** The mid-term notation on lines taken from the seed, and the seed's mid-term goals written back and read again. */
class MidTermNotationTest {

	@Test
	void stepsUnderAHeadingWithTheirSpans() {
		MidTermNotation.Steps read = MidTermNotation.parseSteps("""
				(1) 地域自治の推進
				①形成支援を公民分館等へ働きかけ 令和6年度(2024年度)～
				②市民公益活動推進委員会答申に基づく取組みの実施 令和6年度(2024年度)～
				(2) 地域連携事業の実施
				①高校・大学と地域団体のマッチング交流会実施 令和6年度(2024年度)～
				""");
		assertThat(read.warnings()).isEmpty();
		assertThat(read.steps()).containsExactly(
				new MidTermStep("①", "形成支援を公民分館等へ働きかけ", "(1)", "地域自治の推進", "令和6年度(2024年度)～", 2024, null),
				new MidTermStep("②", "市民公益活動推進委員会答申に基づく取組みの実施", "(1)", "地域自治の推進", "令和6年度(2024年度)～",
						2024, null),
				new MidTermStep("①", "高校・大学と地域団体のマッチング交流会実施", "(2)", "地域連携事業の実施", "令和6年度(2024年度)～", 2024,
						null));
	}

	@Test
	void aLabelledLineWithASpanIsAStepOfItsOwn() {
		MidTermNotation.Steps read = MidTermNotation.parseSteps(
				"(1) 平和活動ボランティア育成・活動支援 令和6年度（2024年度）～令和9年度（2027年度）\n"
						+ "(2) すてっぷ及び国際交流センター指定管理業務の事業者選定 令和7年度(2025年度)～令和8年度(2026年度)");
		assertThat(read.steps()).containsExactly(
				new MidTermStep("(1)", "平和活動ボランティア育成・活動支援", null, null, "令和6年度（2024年度）～令和9年度（2027年度）", 2024,
						2027),
				new MidTermStep("(2)", "すてっぷ及び国際交流センター指定管理業務の事業者選定", null, null,
						"令和7年度(2025年度)～令和8年度(2026年度)", 2025, 2026));
	}

	@Test
	void wordsBetweenSpansStayInTheSpanAndAnOpenParenthesisIsOpenEnded() {
		MidTermNotation.Steps read = MidTermNotation.parseSteps("""
				(1) 消費者教育の推進・啓発の拡充
				②消費者団体と連携した消費者啓発の取り組み検討 令和6年度(2024年度)、取り組み見直し 令和7年度(2025年度)～
				②協働事業市民提案制度について、各ステークホルダーとの調整 令和6年度(2024年度～)
				""");
		assertThat(read.steps().get(0).text()).isEqualTo("消費者団体と連携した消費者啓発の取り組み検討");
		assertThat(read.steps().get(0).spanText()).isEqualTo("令和6年度(2024年度)、取り組み見直し 令和7年度(2025年度)～");
		assertThat(read.steps().get(0).fromYear()).isEqualTo(2024);
		assertThat(read.steps().get(0).toYear()).isNull();
		assertThat(read.steps().get(1).fromYear()).isEqualTo(2024);
		assertThat(read.steps().get(1).toYear()).isNull();
	}

	@Test
	void aStepWithoutAReadableYearIsKeptWithAWarningOnItsLine() {
		MidTermNotation.Steps read = MidTermNotation.parseSteps("""
				(1) 地域自治の推進
				① 設立支援 令和0年度
				② 全校区での設立 令和9年度(2027年度)～令和7年度(2025年度)
				""");
		assertThat(read.steps()).extracting(MidTermStep::text).containsExactly("設立支援 令和0年度", "全校区での設立");
		assertThat(read.warnings()).extracting(MidTermNotation.Warning::line).containsExactly(2, 3);
		assertThat(read.warnings().get(0).message()).startsWith("年度が読み取れません");
		assertThat(read.warnings().get(0).text()).isEqualTo("① 設立支援 令和0年度");
		assertThat(read.warnings().get(1).message()).isEqualTo("終わりの年度が始まりの年度より前です");
	}

	@Test
	void anEmptyLineEndsAHeadingAndALoneHeadingIsAStep() {
		MidTermNotation.Steps read = MidTermNotation.parseSteps("(1) 見出しだけ\n\n① 見出しの外の工程 令和6年度(2024年度)");
		assertThat(read.steps()).containsExactly(new MidTermStep("(1)", "見出しだけ", null, null, null, null, null),
				new MidTermStep("①", "見出しの外の工程", null, null, "令和6年度(2024年度)", 2024, 2024));
		assertThat(read.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(1));
	}

	@Test
	void descriptionItemsWithTheirBullets() {
		List<DescriptionItem> items = MidTermNotation.parseDescription("""
				1) 市民公益活動推進条例の趣旨をふまえ、協働事業がさらに充実するよう取り組みます。
				・市民公益活動支援センターの運営
				・協働事業市民提案制度の活用を促進するため制度運用の見直し
				(2) 主任推進員を中心に庁内に協働事業の理解を広め、協働事業の活用を進めます。

				番号のない課題
				""");
		assertThat(items).containsExactly(
				new DescriptionItem("(1)", "市民公益活動推進条例の趣旨をふまえ、協働事業がさらに充実するよう取り組みます。",
						List.of("市民公益活動支援センターの運営", "協働事業市民提案制度の活用を促進するため制度運用の見直し")),
				new DescriptionItem("(2)", "主任推進員を中心に庁内に協働事業の理解を広め、協働事業の活用を進めます。", List.of()),
				new DescriptionItem(null, "番号のない課題", List.of()));
		assertThat(MidTermNotation.descriptionText(items)).isEqualTo("""
				(1) 市民公益活動推進条例の趣旨をふまえ、協働事業がさらに充実するよう取り組みます。
				・市民公益活動支援センターの運営
				・協働事業市民提案制度の活用を促進するため制度運用の見直し
				(2) 主任推進員を中心に庁内に協働事業の理解を広め、協働事業の活用を進めます。
				番号のない課題""");
		assertThat(MidTermNotation.parseDescription(" \n")).isEmpty();
		assertThat(MidTermNotation.descriptionText(List.of())).isNull();
	}

	/** Written back as the edit page shows them, the seed's seven mid-term goals read back exactly as imported. */
	@Test
	void theSeedsMidTermGoalsReadBackAsImported() {
		SheetData seed = SheetImporter.standard()
			.parse(SeedFixture.bytes(), "seed.txt", new ImportOptions(null, "豊中市", "272035"))
			.sheet();
		assertThat(seed.midTermGoals()).hasSize(7);
		for (MidTermGoal goal : seed.midTermGoals()) {
			String description = MidTermNotation.renderDescription(goal.descriptionItems(), goal.description());
			List<DescriptionItem> items = MidTermNotation.parseDescription(description);
			assertThat(items).as("description of " + goal.number()).isEqualTo(goal.descriptionItems());
			assertThat(MidTermNotation.descriptionText(items)).isEqualTo(goal.description());
			MidTermNotation.Steps steps = MidTermNotation.parseSteps(MidTermNotation.renderSteps(goal.steps()));
			assertThat(steps.steps()).as("steps of " + goal.number()).isEqualTo(goal.steps());
			assertThat(steps.warnings()).as("steps of " + goal.number()).isEmpty();
		}
	}

	@Test
	void stepsOutsideAHeadingAfterOneReadBackOutsideIt() {
		List<MidTermStep> steps = List.of(new MidTermStep("(1)", "見出しのない番号", null, null, null, null, null),
				new MidTermStep("①", "設立支援", "(2)", "地域自治の推進", "令和6年度(2024年度)～", 2024, null),
				new MidTermStep(null, "継続的な見直し", null, null, null, null, null),
				new MidTermStep("(3)", "年度のある番号", null, null, "令和7年度(2025年度)", 2025, 2025),
				new MidTermStep("①", "その後の工程", null, null, "令和8年度(2026年度)", 2026, 2026));
		assertThat(MidTermNotation.parseSteps(MidTermNotation.renderSteps(steps)).steps()).isEqualTo(steps);
	}
}
