package org.mokuhyo.importer.producers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.importer.structure.MidTermWording;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SheetData;

/**
 * The team's producer corpus: the sample sheet as its text import reads it, and variants of it that another
 * department or another year could bring (goals added and removed, long cells). Every producer test renders each
 * of these into its own format (an HTML table printed by Chromium, a clerk's workbook, a Word document, text without
 * markup …), imports the result and expects exactly this sheet back ({@link SheetDifferences}: every field, ids
 * aside).
 * <p>
 * Variants are made on the structured sheet, not on the text, so they stay true to the notation whatever the
 * producer: each is what a person reading the rendered document would write down.
 */
public final class ProducerCorpus {

	/** A named sheet of the corpus. */
	public record Variant(String name, SheetData sheet) {

		@Override
		public String toString() {
			return name; // the parameterised tests' display name
		}
	}

	private static SheetData seed;

	private ProducerCorpus() {
	}

	/** The sample's text import: what every producer must give back. */
	public static synchronized SheetData seed() {
		if (seed == null) {
			seed = SheetImporter.standard()
				.parse(SeedFixture.bytes(), "seed.txt", new ImportOptions(null, "豊中市", "272035"))
				.sheet();
		}
		return seed;
	}

	public static List<Variant> all() {
		return List.of(new Variant("seed", seed()), anotherDepartmentAndYear(), goalRemoved(), goalAdded(),
				longCells());
	}

	/** Another department's head and the next fiscal year (a producer then has to write the 年度 in the document). */
	public static Variant anotherDepartmentAndYear() {
		SheetData s = seed();
		return new Variant("another-department-and-year",
				new SheetData(null, null, s.municipality(), s.municipalityCode(), s.fiscalYear() + 1,
						Era.fiscalYearLabel(s.fiscalYear() + 1), new Department("都市計画推進部", "理事", "山田 太郎"),
						s.missions(), s.policy(), s.annualGoals(), s.midTermGoals()));
	}

	/** The third annual goal and the fourth mid-term goal removed, the rest numbered on. */
	public static Variant goalRemoved() {
		SheetData s = seed();
		List<AnnualGoal> goals = new ArrayList<>(s.annualGoals());
		goals.remove(2);
		List<MidTermGoal> mids = new ArrayList<>(s.midTermGoals());
		mids.remove(3);
		return new Variant("goal-removed", with(s, renumberAnnual(goals), renumberMidTerm(mids)));
	}

	/** A sixth annual goal (the first again under another title) and an eighth mid-term goal. */
	public static Variant goalAdded() {
		SheetData s = seed();
		List<AnnualGoal> goals = new ArrayList<>(s.annualGoals());
		AnnualGoal first = goals.get(0);
		goals.add(new AnnualGoal(null, goals.size() + 1, "庁内の協働推進体制の強化", true, first.items(), first.planLinks(),
				first.policyLinks(), first.review()));
		List<MidTermGoal> mids = new ArrayList<>(s.midTermGoals());
		MidTermGoal second = mids.get(1);
		mids.add(new MidTermGoal(null, mids.size() + 1, "地域担当職員制度の検討", second.description(),
				second.descriptionItems(), second.steps(), second.planLinks(), second.policyLinks()));
		return new Variant("goal-added", with(s, goals, mids));
	}

	/**
	 * Cells far longer than the sample's: an action of some 400 characters, a mid-term description item of some 600,
	 * so that a producer wraps them over many lines (and a printed table over more pages).
	 */
	public static Variant longCells() {
		SheetData s = seed();
		String sentence = "関係部局及び地域団体と定期的に協議を行い、課題と成果を共有しながら次の取組みに反映します。";
		List<AnnualGoal> goals = new ArrayList<>(s.annualGoals());
		AnnualGoal first = goals.get(0);
		List<GoalItem> items = new ArrayList<>(first.items());
		GoalItem item = items.get(0);
		List<Action> actions = new ArrayList<>(item.actions());
		Action action = actions.get(0);
		actions.set(0, new Action(null, action.label(), action.text() + "。" + sentence.repeat(9), action.subItems(),
				action.schedule(), action.tags(), action.targets()));
		items.set(0, new GoalItem(null, item.label(), item.text(), actions));
		goals.set(0, new AnnualGoal(null, first.number(), first.title(), first.priority(), items, first.planLinks(),
				first.policyLinks(), first.review()));
		List<MidTermGoal> mids = new ArrayList<>(s.midTermGoals());
		MidTermGoal mid = mids.get(1);
		List<DescriptionItem> description = new ArrayList<>(mid.descriptionItems());
		DescriptionItem d = description.get(0);
		description.set(0, new DescriptionItem(d.label(), d.text() + sentence.repeat(13), d.subItems()));
		mids.set(1, new MidTermGoal(null, mid.number(), mid.title(), MidTermWording.descriptionText(description),
				description, mid.steps(), mid.planLinks(), mid.policyLinks()));
		return new Variant("long-cells", with(s, goals, mids));
	}

	/**
	 * The sheet at year end: every goal's review written (two paragraphs; every other 課題 left empty) and the policy's
	 * summary. Ids and version kept.
	 */
	public static SheetData reviewed(SheetData seed) {
		List<AnnualGoal> goals = new ArrayList<>();
		for (AnnualGoal g : seed.annualGoals()) {
			goals.add(new AnnualGoal(g.id(), g.number(), g.title(), g.priority(), g.items(), g.planLinks(),
					g.policyLinks(), new Review("目標" + g.number() + "の取組みを実施し、参加者は前年度比12%増の3,200人となった。\n"
							+ "関係機関との連携会議を年4回開催した。", g.number() % 2 == 0 ? null : "次年度は周知の方法を見直し、若い世代への働きかけを強める。")));
		}
		Policy p = seed.policy();
		return new SheetData(seed.id(), seed.version(), seed.municipality(), seed.municipalityCode(), seed.fiscalYear(),
				seed.fiscalYearLabel(), seed.department(), seed.missions(),
				new Policy(p.statement(), p.items(), "各目標とも概ね計画どおりに進んだ。\n特殊詐欺被害の防止は件数が減少した。"), goals,
				seed.midTermGoals());
	}

	private static SheetData with(SheetData s, List<AnnualGoal> goals, List<MidTermGoal> mids) {
		return new SheetData(null, null, s.municipality(), s.municipalityCode(), s.fiscalYear(), s.fiscalYearLabel(),
				s.department(), s.missions(), s.policy(), goals, mids);
	}

	private static List<AnnualGoal> renumberAnnual(List<AnnualGoal> goals) {
		return renumber(goals, (g, n) -> new AnnualGoal(null, n, g.title(), g.priority(), g.items(), g.planLinks(),
				g.policyLinks(), g.review()));
	}

	private static List<MidTermGoal> renumberMidTerm(List<MidTermGoal> goals) {
		return renumber(goals, (g, n) -> new MidTermGoal(null, n, g.title(), g.description(), g.descriptionItems(),
				g.steps(), g.planLinks(), g.policyLinks()));
	}

	private interface Numbered<T> {

		T as(T goal, int number);
	}

	private static <T> List<T> renumber(List<T> goals, Numbered<T> numbered) {
		List<T> out = new ArrayList<>();
		for (T goal : goals) {
			out.add(numbered.as(goal, out.size() + 1));
		}
		return out;
	}

	/** Applies a change to every variant's sheet (e.g. to leave out what a producer cannot carry). */
	public static List<Variant> map(List<Variant> variants, UnaryOperator<SheetData> change) {
		return variants.stream().map(v -> new Variant(v.name(), change.apply(v.sheet()))).toList();
	}
}
