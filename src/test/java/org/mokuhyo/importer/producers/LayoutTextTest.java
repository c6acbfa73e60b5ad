package org.mokuhyo.importer.producers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SheetData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A printed sheet as {@code pdftotext -layout} gives it: no tabs, columns set apart by runs of spaces, each cell's
 * lines wrapped at the cell's edge, pages cut by form feeds with the column titles printed again and page numbers in
 * the foot. Each sheet of the corpus, printed by the project's PDF writer and laid out by poppler, reads back as
 * itself, without a warning.
 */
class LayoutTextTest {

	static ImportResult parse(String text) {
		return SheetImporter.standard()
			.parse(text.getBytes(StandardCharsets.UTF_8), "x.txt", new ImportOptions(null, "豊中市", "272035"));
	}

	@ParameterizedTest
	@MethodSource("org.mokuhyo.importer.producers.ProducerCorpus#all")
	void eachSheetOfTheCorpusLaidOut(ProducerCorpus.Variant variant) {
		String text = PdfToText.layout(variant.sheet());
		assertThat(text).as("pdftotext -layout keeps no tabs").doesNotContain("\t");

		ImportResult result = parse(text);

		assertThat(SheetDifferences.between(variant.sheet(), result.sheet())).map(SheetDifferences::brief).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}

	/**
	 * At year end the review columns hold sentences (several paragraphs, one column left empty) and the policy its
	 * summary: each stays in its column and its paragraphs stay apart.
	 */
	@Test
	void aReviewedSheetLaidOut() {
		SheetData sheet = ProducerCorpus.reviewed(ProducerCorpus.seed());

		ImportResult result = parse(PdfToText.layout(sheet));

		assertThat(SheetDifferences.between(sheet, result.sheet())).map(SheetDifferences::brief).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}

	/**
	 * A goal so long that its row runs over pages, cut inside paragraphs and between them (twenty actions, a review
	 * of sixty sentences in one paragraph): one row again, each paragraph whole.
	 */
	@Test
	void aGoalRunningOverPagesLaidOut() {
		SheetData sheet = longGoal(ProducerCorpus.seed());

		ImportResult result = parse(PdfToText.layout(sheet));

		assertThat(SheetDifferences.between(sheet, result.sheet())).map(SheetDifferences::brief).isEmpty();
		assertThat(result.report().warnings()).isEmpty();
	}

	/** Lines cut off or dropped anywhere: a sheet with warnings, or a refusal saying why, never a crash. */
	@Test
	void messyLayoutNeverCrashes() {
		for (String text : List.of(PdfToText.layout(ProducerCorpus.seed()), PdfToText.readingOrder(ProducerCorpus.seed()))) {
			List<String> lines = Arrays.asList(text.split("\n", -1));
			List<String> messes = new ArrayList<>();
			for (int cut = 1; cut < lines.size(); cut += 17) {
				messes.add(String.join("\n", lines.subList(0, cut)));
				messes.add(String.join("\n", lines.subList(cut, lines.size())));
			}
			for (int every = 3; every < 12; every += 4) {
				List<String> kept = new ArrayList<>();
				for (int i = 0; i < lines.size(); i++) {
					if (i % every != 0) {
						kept.add(lines.get(i));
					}
				}
				messes.add(String.join("\n", kept));
			}
			for (String mess : messes) {
				Throwable thrown = catchThrowable(() -> parse(mess));
				assertThat(thrown).as("%s", mess.length() > 200 ? mess.substring(0, 200) : mess)
					.satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(ImportRejectedException.class));
			}
		}
	}

	/** The seed's first goal with an item of twenty actions and a review of sixty sentences, as the PDF tests make it. */
	private static SheetData longGoal(SheetData seed) {
		AnnualGoal first = seed.annualGoals().get(0);
		List<Action> actions = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			actions.add(new Action(null, String.valueOf((char) ('①' + i)),
					("地域の団体、事業者、学校と協働し、「くらしの安心・安全」と（地域コミュニティ）の活性化を、" + "市民一人ひとりの参加によって進めます。")
						.repeat(1 + i % 4),
					List.of(), null, List.of(), List.of()));
		}
		List<GoalItem> items = new ArrayList<>(first.items());
		items.add(new GoalItem(null, "(" + (items.size() + 1) + ")", "長い取組み事項の例です。", actions));
		AnnualGoal longGoal = new AnnualGoal(null, first.number(), first.title(), first.priority(), items,
				first.planLinks(), first.policyLinks(), new Review("取組みを行った内容を、段落を分けずに長く書いた例です。".repeat(60), null));
		List<AnnualGoal> goals = new ArrayList<>(seed.annualGoals());
		goals.set(0, longGoal);
		return new SheetData(seed.id(), seed.version(), seed.municipality(), seed.municipalityCode(), seed.fiscalYear(),
				seed.fiscalYearLabel(), seed.department(), seed.missions(), seed.policy(), goals, seed.midTermGoals());
	}
}
