package org.mokuhyo.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.kernel.CharDiff;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;

/**
 * 経年比較 on the real seed (市民協働部, 令和6年度) and a next year derived from it here, as next year's sheets come:
 * goals renumbered, one reworded, one added and one dropped, targets raised and lowered, links changed, an action
 * reworded, one moved to another item, one dropped and one added. Each is asserted to be reported as what it is.
 */
class YearComparisonTest {

	private static SheetData seed;

	@BeforeAll
	static void parse() {
		seed = SheetImporter.standard()
			.parse(SeedFixture.bytes(), "seed.txt", new ImportOptions(null, "豊中市", "272035"))
			.sheet();
	}

	@Test
	void aSheetComparedWithItsCopyHasEveryGoalKeptAndNothingChanged() {
		YearComparison same = YearComparison.of(seed, nextYear(seed.annualGoals(), seed.midTermGoals()));

		assertThat(same.annualGoals()).hasSize(5).allSatisfy(g -> {
			assertThat(g.change()).isEqualTo(Difference.SAME);
			assertThat(g.olderNumber()).isEqualTo(g.newerNumber());
			assertThat(g.lines()).allSatisfy(l -> assertThat(l.change()).isEqualTo(Difference.SAME));
		});
		assertThat(same.midTermGoals()).hasSize(7).allSatisfy(g -> assertThat(g.change()).isEqualTo(Difference.SAME));
		assertThat(same.summary().anyChange()).isFalse();
		assertThat(same.summary().keptGoals()).isEqualTo(5);
		assertThat(same.summary().keptMidTermGoals()).isEqualTo(7);
	}

	@Test
	void goalsInReverseOrderAreEachMatchedToThemselvesUnderTheirNewNumbers() {
		List<AnnualGoal> reversed = new ArrayList<>(seed.annualGoals());
		java.util.Collections.reverse(reversed);
		YearComparison c = YearComparison.of(seed, nextYear(renumber(reversed), seed.midTermGoals()));

		assertThat(c.annualGoals()).allSatisfy(g -> {
			assertThat(g.change()).as(g.heading()).isEqualTo(Difference.SAME);
			assertThat(g.olderNumber() + g.newerNumber()).as(g.heading()).isEqualTo(6);
		});
		assertThat(c.summary().renumberedGoals()).isEqualTo(4);
		assertThat(c.summary().anyChange()).isTrue();
	}

	@Test
	void aGoalThatOnlyMovedNumberIsKeptAndSaysSo() {
		YearComparison c = variant();

		GoalComparison moved = kept(c, "くらしの安全・安心の推進");
		assertThat(moved.change()).isEqualTo(Difference.SAME);
		assertThat(moved.renumbered()).isTrue();
		assertThat(moved.heading()).isEqualTo("目標3 → 目標4");
		assertThat(moved.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.change()).isEqualTo(Difference.SAME));

		GoalComparison movedMidTerm = c.midTermGoals().get(0);
		assertThat(movedMidTerm.heading()).isEqualTo("中期目標7 → 中期目標1");
		assertThat(movedMidTerm.change()).isEqualTo(Difference.SAME);
	}

	@Test
	void aRewordedTitleIsTheSameGoalWithItsCharactersMarked() {
		GoalComparison reworded = variant().annualGoals()
			.stream()
			.filter(g -> "地域コミュニティの活性化と多様な主体による地域連携".equals(g.name()))
			.findFirst()
			.orElseThrow();

		assertThat(reworded.change()).isEqualTo(Difference.CHANGED);
		assertThat(reworded.heading()).isEqualTo("目標2 → 目標3");
		assertThat(reworded.title().change()).isEqualTo(Difference.CHANGED);
		assertThat(reworded.title().olderText()).isEqualTo("地域コミュニティの活性化及び地域連携の推進");
		assertThat(reworded.title().runs()).contains(new CharDiff.Run(CharDiff.Kind.REMOVED, "及び"),
				new CharDiff.Run(CharDiff.Kind.ADDED, "と多様な主体による"));
		assertThat(reworded.changedLines()).as("only the title changed").isEmpty();
	}

	@Test
	void anAddedAndADroppedGoal() {
		YearComparison c = variant();

		assertThat(c.annual(Difference.ADDED)).singleElement().satisfies(g -> {
			assertThat(g.name()).isEqualTo("行政手続のデジタル化の推進");
			assertThat(g.heading()).isEqualTo("目標2");
			assertThat(g.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.change()).isEqualTo(Difference.ADDED));
		});
		assertThat(c.annual(Difference.DROPPED)).singleElement().satisfies(g -> {
			assertThat(g.name()).isEqualTo("市民窓口サービスの向上");
			assertThat(g.heading()).isEqualTo("目標4");
			assertThat(g.lines()).allSatisfy(l -> assertThat(l.change()).isEqualTo(Difference.DROPPED));
			assertThat(g.links()).allSatisfy(l -> assertThat(l.change()).isEqualTo(Difference.DROPPED));
		});
		assertThat(c.annual(Difference.SAME)).as("kept: the same and the changed").hasSize(4);
		// the 中期目標 of the same title is matched among the 中期目標 only: it is not the dropped annual goal
		assertThat(c.midTerm(Difference.DROPPED)).singleElement()
			.satisfies(g -> assertThat(g.name()).isEqualTo("市民窓口サービスの向上"));
		assertThat(c.midTerm(Difference.ADDED)).singleElement()
			.satisfies(g -> assertThat(g.name()).isEqualTo("窓口のデジタル化"));

		YearSummary s = c.summary();
		assertThat(List.of(s.keptGoals(), s.addedGoals(), s.droppedGoals(), s.renumberedGoals()))
			.containsExactly(4, 1, 1, 2);
		assertThat(List.of(s.keptMidTermGoals(), s.addedMidTermGoals(), s.droppedMidTermGoals())).containsExactly(6, 1, 1);
	}

	@Test
	void aRaisedAndALoweredTargetAndTheLostPriority() {
		YearComparison c = variant();
		GoalComparison rights = kept(c, "人権尊重・平和啓発");

		TargetChange raised = target(rights, "認証事業者");
		assertThat(raised.movement()).isEqualTo(TargetChange.Movement.RAISED);
		assertThat(raised.olderValue()).isEqualByComparingTo("10");
		assertThat(raised.newerValue()).isEqualByComparingTo("15");
		assertThat(raised.delta()).isEqualByComparingTo("5");
		TargetChange lowered = target(rights, "平和展示室来館者数");
		assertThat(lowered.movement()).isEqualTo(TargetChange.Movement.LOWERED);
		assertThat(lowered.newerText()).isEqualTo("平和展示室来館者数 8,000人/年");
		assertThat(rights.targets()).filteredOn(t -> t.movement() == TargetChange.Movement.SAME).hasSize(3);

		assertThat(rights.priorityLost()).isTrue();
		assertThat(kept(c, "市民協働の推進").priorityGained()).isTrue();
		assertThat(c.summary().targetsRaised()).isEqualTo(1);
		assertThat(c.summary().targetsLowered()).isEqualTo(1);
		assertThat(c.summary().priorityLost()).isEqualTo(1);
		assertThat(c.summary().priorityGained()).isEqualTo(1);
	}

	@Test
	void anAddedAndARemovedPlanLink() {
		YearComparison c = variant();
		GoalComparison first = kept(c, "市民協働の推進");

		assertThat(first.links()).extracting(LinkChange::kind, LinkChange::key, LinkChange::change)
			.containsExactly(tuple("総合計画", "5-1-(2)", Difference.ADDED), tuple("総合計画", "5-1-(3)", Difference.DROPPED),
					tuple("基本政策", "45", Difference.SAME));
		assertThat(c.summary().linksAdded()).isEqualTo(1);
		assertThat(c.summary().linksRemoved()).isEqualTo(1);
	}

	@Test
	void actionsAddedDroppedRewordedAndMovedWithinAKeptGoal() {
		GoalComparison first = kept(variant(), "市民協働の推進");

		LineChange reworded = action(first, "協働事業提案制度");
		assertThat(reworded.change()).isEqualTo(Difference.CHANGED);
		assertThat(reworded.runs()).contains(new CharDiff.Run(CharDiff.Kind.ADDED, "オンライン化と"));
		assertThat(reworded.notes()).containsExactly("スケジュール: 通年 → 7~3月", "[拡充] が付きました");

		LineChange moved = action(first, "アウトリーチ");
		assertThat(moved.change()).isEqualTo(Difference.SAME);
		assertThat(moved.relabelled()).isTrue();
		assertThat(moved.olderLabel()).isEqualTo("(2)③");
		assertThat(moved.newerLabel()).isEqualTo("(1)④");

		LineChange dropped = action(first, "実施報告書の再編");
		assertThat(dropped.change()).isEqualTo(Difference.DROPPED);
		assertThat(dropped.olderLabel()).isEqualTo("(1)③");
		LineChange added = action(first, "市民活動情報サイト");
		assertThat(added.change()).isEqualTo(Difference.ADDED);
		assertThat(added.newerText()).isEqualTo("市民活動情報サイトの開設 (10月) [新規]");

		// lines follow the newer year, each action under its item, the dropped one where it was
		assertThat(first.lines()).extracting(LineChange::label)
			.containsExactly("(1)", "(1)①", "(1)②", "(1)③", "(1)③", "(1)④", "(2)", "(2)①", "(2)②", "(3)", "(3)①",
					"(4)", "(4)①");
		assertThat(first.count(AnnualGoalDiff.ACTION, Difference.ADDED)).isEqualTo(1);
		assertThat(first.count(AnnualGoalDiff.ACTION, Difference.DROPPED)).isEqualTo(1);
	}

	@Test
	void aStepWhoseYearsMovedSaysSo() {
		GoalComparison mid = variant().midTermGoals()
			.stream()
			.filter(g -> "市民との協働の推進".equals(g.name()))
			.findFirst()
			.orElseThrow();

		assertThat(mid.heading()).isEqualTo("中期目標1 → 中期目標2");
		LineChange step = mid.lines().stream().filter(l -> l.notes().size() == 1).findFirst().orElseThrow();
		assertThat(step.part()).isEqualTo("工程");
		assertThat(step.notes()).containsExactly("期間: 令和6年度 → 令和6年度～令和7年度");
	}

	// ---- the derived next year ----

	/**
	 * 令和7年度 from the seed: goal 4 dropped, a new goal 2, goals 2 and 3 moved down one (2 reworded), goal 1 edited,
	 * goal 5 with a raised and a lowered target and without 【重点】; 中期目標 7 first, 5 dropped, one added.
	 */
	private static YearComparison variant() {
		List<AnnualGoal> g = seed.annualGoals();
		AnnualGoal first = editFirstGoal(g.get(0));
		AnnualGoal added = new AnnualGoal(null, 0, "行政手続のデジタル化の推進", false,
				List.of(new GoalItem(null, "(1)", "オンライン申請の対象手続を拡大します。",
						List.of(new Action(null, "①", "電子申請システムの導入", List.of(),
								new Schedule("4月以降", ScheduleKind.FROM_MONTH, 4, null), List.of("新規"), List.of())))),
				List.of(new PlanLink("5-2-(2)", null)), List.of(), Review.PENDING);
		AnnualGoal second = g.get(1);
		AnnualGoal reworded = new AnnualGoal(null, 0, "地域コミュニティの活性化と多様な主体による地域連携", second.priority(),
				second.items(), second.planLinks(), second.policyLinks(), second.review());
		AnnualGoal fifth = editTargets(g.get(4));
		List<MidTermGoal> m = seed.midTermGoals();
		MidTermGoal addedMid = new MidTermGoal(null, 0, "窓口のデジタル化", "(1) オンライン手続の拡大",
				List.of(), List.of(new MidTermStep("①", "電子申請の拡大", null, null, "令和7年度(2025年度)～", 2025, null)),
				List.of(), List.of());
		return YearComparison.of(seed, nextYear(renumber(List.of(first, added, reworded, g.get(2), fifth)),
				renumberMid(List.of(m.get(6), moveFirstStep(m.get(0)), m.get(1), m.get(2), m.get(3), m.get(5), addedMid))));
	}

	/**
	 * Goal 1: 重点 gained; (1)② reworded with another schedule and a tag; (1)③ dropped; a new (1)③; (2)③ moved to
	 * (1)④; 総合計画 5-1-(3) replaced by 5-1-(2).
	 */
	private static AnnualGoal editFirstGoal(AnnualGoal goal) {
		GoalItem one = goal.items().get(0);
		GoalItem two = goal.items().get(1);
		Action proposal = one.actions().get(1);
		Action rewordedProposal = new Action(null, "②", proposal.text().replace("効果的な運用", "オンライン化と効果的な運用"),
				proposal.subItems(), new Schedule("7~3月", ScheduleKind.RANGE, 7, 3), List.of("拡充"), proposal.targets());
		Action site = new Action(null, "③", "市民活動情報サイトの開設", List.of(),
				new Schedule("10月", ScheduleKind.MONTH, 10, 10), List.of("新規"), List.of());
		Action outreach = relabel(two.actions().get(2), "④");
		GoalItem newOne = new GoalItem(null, one.label(), one.text(),
				List.of(one.actions().get(0), rewordedProposal, site, outreach));
		GoalItem newTwo = new GoalItem(null, two.label(), two.text(), two.actions().subList(0, 2));
		List<GoalItem> items = new ArrayList<>(goal.items());
		items.set(0, newOne);
		items.set(1, newTwo);
		return new AnnualGoal(null, goal.number(), goal.title(), true, items,
				List.of(new PlanLink("5-1-(2)", "市民公益活動の推進")), goal.policyLinks(), goal.review());
	}

	/** Goal 5: 認証事業者 10社 → 15社, 平和展示室来館者数 10,000人/年 → 8,000人/年, no longer 【重点】. */
	private static AnnualGoal editTargets(AnnualGoal goal) {
		UnaryOperator<Action> edit = a -> {
			if (a.text().contains("平和展示室")) {
				return new Action(null, a.label(), a.text().replace("10,000人", "8,000人"), a.subItems(), a.schedule(),
						a.tags(), List.of(new Target("平和展示室来館者数", new BigDecimal("8000"), "人", "年",
								"平和展示室来館者数 8,000人/年")));
			}
			List<SubItem> subs = a.subItems().stream().map(s -> s.text().contains("認証事業者10社")
					? new SubItem(s.text().replace("10社", "15社"), s.tags(),
							List.of(new Target("認証事業者", new BigDecimal("15"), "社", null, "認証事業者15社")), s.schedule())
					: s).toList();
			return new Action(null, a.label(), a.text(), subs, a.schedule(), a.tags(), a.targets());
		};
		List<GoalItem> items = goal.items()
			.stream()
			.map(i -> new GoalItem(null, i.label(), i.text(), i.actions().stream().map(edit).toList()))
			.toList();
		return new AnnualGoal(null, goal.number(), goal.title(), false, items, goal.planLinks(), goal.policyLinks(),
				goal.review());
	}

	/** 中期目標 1 with its first step running a year longer. */
	private static MidTermGoal moveFirstStep(MidTermGoal goal) {
		List<MidTermStep> steps = new ArrayList<>(goal.steps());
		MidTermStep s = steps.get(0);
		steps.set(0, new MidTermStep(s.label(), s.text(), s.groupLabel(), s.groupTitle(),
				"令和6年度(2024年度)～令和7年度(2025年度)", 2024, 2025));
		return new MidTermGoal(null, goal.number(), goal.title(), goal.description(), goal.descriptionItems(), steps,
				goal.planLinks(), goal.policyLinks());
	}

	private static Action relabel(Action a, String label) {
		return new Action(null, label, a.text(), a.subItems(), a.schedule(), a.tags(), a.targets());
	}

	private static List<AnnualGoal> renumber(List<AnnualGoal> goals) {
		List<AnnualGoal> out = new ArrayList<>();
		for (int i = 0; i < goals.size(); i++) {
			AnnualGoal g = goals.get(i);
			out.add(new AnnualGoal(null, i + 1, g.title(), g.priority(), g.items(), g.planLinks(), g.policyLinks(),
					g.review()));
		}
		return out;
	}

	private static List<MidTermGoal> renumberMid(List<MidTermGoal> goals) {
		List<MidTermGoal> out = new ArrayList<>();
		for (int i = 0; i < goals.size(); i++) {
			MidTermGoal g = goals.get(i);
			out.add(new MidTermGoal(null, i + 1, g.title(), g.description(), g.descriptionItems(), g.steps(),
					g.planLinks(), g.policyLinks()));
		}
		return out;
	}

	private static SheetData nextYear(List<AnnualGoal> goals, List<MidTermGoal> midTerm) {
		return new SheetData(null, null, seed.municipality(), seed.municipalityCode(), seed.fiscalYear() + 1, "令和7年度",
				seed.department(), seed.missions(), seed.policy(), goals, midTerm);
	}

	private static GoalComparison kept(YearComparison c, String title) {
		return c.annualGoals()
			.stream()
			.filter(g -> g.change().kept() && title.equals(g.name()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no kept goal " + title));
	}

	private static TargetChange target(GoalComparison goal, String label) {
		return goal.targets()
			.stream()
			.filter(t -> label.equals(t.label()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no target " + label + " in " + goal.targets()));
	}

	private static LineChange action(GoalComparison goal, String words) {
		return goal.lines()
			.stream()
			.filter(l -> l.part().equals(AnnualGoalDiff.ACTION)
					&& (l.olderText().contains(words) || l.newerText().contains(words)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no action " + words));
	}
}
