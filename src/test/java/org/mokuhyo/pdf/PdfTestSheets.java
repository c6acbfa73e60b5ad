package org.mokuhyo.pdf;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.importer.producers.ProducerCorpus;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SheetData;

/** Sheets for the PDF tests: the seed as imported, and variants of it built from it. */
final class PdfTestSheets {

	static final ImportOptions OPTIONS = new ImportOptions(null, "豊中市", "272035");

	private PdfTestSheets() {
	}

	static ImportResult parse(byte[] content, String name) {
		return SheetImporter.standard().parse(content, name, OPTIONS);
	}

	static SheetData seed() {
		return parse(SeedFixture.bytes(), "seed.txt").sheet();
	}

	static byte[] pdf(SheetData sheet) {
		return new PdfSheetWriter(PdfFonts.of(null)).write(sheet);
	}

	/** The seed at year end: every goal's review written (several paragraphs too) and the policy's summary. */
	static SheetData reviewed(SheetData seed) {
		return ProducerCorpus.reviewed(seed);
	}

	/**
	 * The seed with one goal so long that its row runs over several pages, cut inside paragraphs and between them:
	 * long actions with punctuation where lines break, and a long review.
	 */
	static SheetData long_(SheetData seed) {
		AnnualGoal first = seed.annualGoals().get(0);
		List<Action> actions = new ArrayList<>();
		String[] circled = { "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯",
				"⑰", "⑱", "⑲", "⑳" };
		for (int i = 0; i < 20; i++) {
			actions.add(new Action(null, circled[i], ("地域の団体、事業者、学校と協働し、「くらしの安心・安全」と（地域コミュニティ）の活性化を、"
					+ "市民一人ひとりの参加によって進めます。").repeat(1 + i % 4), List.of(), null, List.of(),
					List.of()));
		}
		List<GoalItem> items = new ArrayList<>(first.items());
		items.add(new GoalItem(null, "(" + (items.size() + 1) + ")", "長い取組み事項の例です。", actions));
		String review = "取組みを行った内容を、段落を分けずに長く書いた例です。".repeat(60);
		AnnualGoal longGoal = new AnnualGoal(null, first.number(), first.title(), first.priority(), items,
				first.planLinks(), first.policyLinks(), new Review(review, null));
		List<AnnualGoal> goals = new ArrayList<>(seed.annualGoals());
		goals.set(0, longGoal);
		return with(seed, seed.policy(), goals);
	}

	private static SheetData with(SheetData s, Policy policy, List<AnnualGoal> goals) {
		return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
				s.fiscalYearLabel(), s.department(), s.missions(), policy, goals, s.midTermGoals());
	}
}
