package org.mokuhyo.importer;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's structure in detail, as a person reading the published sheet sees it.
 */
class SeedSheetStructureTest {

	private static ImportResult result;

	private static SheetData sheet;

	@BeforeAll
	static void parse() {
		result = SheetImporter.standard().parse(SeedFixture.bytes(), "seed.txt", new ImportOptions(null, "豊中市", "272035"));
		sheet = result.sheet();
	}

	@Test
	void headerAndFiscalYearInferredFromTheMidTermSchedule() {
		assertThat(sheet.department().name()).isEqualTo("市民協働部");
		assertThat(sheet.department().headTitle()).isEqualTo("部長");
		assertThat(sheet.department().headName()).isEqualTo("宮城 節子");
		assertThat(sheet.fiscalYear()).isEqualTo(2024);
		assertThat(sheet.fiscalYearLabel()).isEqualTo("令和6年度");
		assertThat(result.report().fiscalYearSource()).isEqualTo("MID_TERM_SCHEDULE");
		assertThat(sheet.municipality()).isEqualTo("豊中市");
	}

	@Test
	void missionsAndPolicy() {
		assertThat(sheet.missions()).hasSize(3);
		assertThat(sheet.missions().get(0)).startsWith("市民のくらしの安心・安全を図る");
		assertThat(sheet.missions().get(2)).isEqualTo("人権文化のまちづくりを推進します。");
		assertThat(sheet.policy().statement()).startsWith("市民、地域・市民団体、事業者、学校等多様な主体と協働し");
		assertThat(sheet.policy().items()).hasSize(5);
		assertThat(sheet.policy().items().get(0)).startsWith("市民公益活動推進条例に基づく制度の運用");
		assertThat(sheet.policy().items().get(4)).startsWith("市民一人ひとりの人権が尊重された");
		assertThat(sheet.policy().summary()).as("【今年度末に記載】 is not yet written").isNull();
	}

	@Test
	void annualGoalTitlesAndPriorities() {
		assertThat(sheet.annualGoals()).extracting(AnnualGoal::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(sheet.annualGoals()).extracting(AnnualGoal::title)
			.containsExactly("市民協働の推進", "地域コミュニティの活性化及び地域連携の推進", "くらしの安全・安心の推進", "市民窓口サービスの向上",
					"人権尊重・平和啓発");
		assertThat(sheet.annualGoals()).extracting(AnnualGoal::priority).containsExactly(false, true, true, false, true);
	}

	@Test
	void itemsAndActionsPerGoal() {
		assertThat(actionCounts(goal(1))).containsExactly(3, 3, 1, 1);
		assertThat(actionCounts(goal(2))).containsExactly(4, 4, 3);
		assertThat(actionCounts(goal(3))).containsExactly(2, 1, 1, 1, 1);
		assertThat(actionCounts(goal(4))).containsExactly(1, 2, 3, 2, 1);
		assertThat(actionCounts(goal(5))).containsExactly(4, 3, 3);
		assertThat(goal(4).items()).extracting(GoalItem::label).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)");
		assertThat(goal(4).items().get(0).text()).isEqualTo("窓口委託のモニタリング及び評価を適切に行います。");
		assertThat(action(4, 4, 2).text()).startsWith("窓口DXSaaS導入について");
		assertThat(action(1, 1, 1).label()).isEqualTo("①");
		assertThat(action(1, 1, 1).text()).isEqualTo("市民公益活動推進助成金(夢基金)の活用");
	}

	@Test
	void schedules() {
		assertSchedule(action(1, 1, 1), "通年", ScheduleKind.WHOLE_YEAR, 4, 3);
		assertSchedule(action(1, 4, 1), "11月", ScheduleKind.MONTH, 11, 11);
		assertSchedule(action(2, 3, 2), "7~2月", ScheduleKind.RANGE, 7, 2);
		assertSchedule(action(3, 1, 1), "4月以降", ScheduleKind.FROM_MONTH, 4, 3);
		assertSchedule(action(3, 1, 2), "7月中に開始", ScheduleKind.STARTING_IN, 7, null);
		assertSchedule(action(5, 2, 2), "下半期", ScheduleKind.SECOND_HALF, 10, 3);
		assertSchedule(action(5, 2, 1), "8月～2月", ScheduleKind.RANGE, 8, 2);
		assertSchedule(action(5, 3, 1), "6月～11月", ScheduleKind.RANGE, 6, 11);
		assertThat(action(3, 2, 1).schedule().kind()).isEqualTo(ScheduleKind.WHOLE_YEAR);
		assertThat(action(2, 1, 2).schedule()).as("no schedule named").isNull();
	}

	@Test
	void tags() {
		assertThat(action(1, 4, 1).tags()).containsExactly("新規");
		assertThat(action(2, 1, 1).tags()).containsExactly("拡充");
		assertThat(action(2, 1, 1).text()).doesNotContain("[拡充]");
		assertThat(action(3, 1, 2).tags()).containsExactly("新規");
		assertThat(action(5, 1, 1).subItems().get(0).tags()).containsExactly("拡充");
		assertThat(action(5, 1, 1).subItems().get(1).tags()).containsExactly("新規");
		assertThat(action(1, 1, 1).tags()).isEmpty();
	}

	@Test
	void targets() {
		assertTarget(action(3, 2, 1).targets(), "4000", "人", null);
		assertTarget(action(5, 1, 1).subItems().get(0).targets(), "10", "社", null);
		assertTarget(action(5, 3, 2).targets(), "10000", "人", "年");
		Action training = action(5, 3, 3);
		assertThat(training.subItems()).hasSize(3);
		assertTarget(training.subItems().get(1).targets(), "150", "人", null);
		assertThat(training.subItems().get(1).schedule().startMonth()).isEqualTo(7);
	}

	@Test
	void annualGoalLinks() {
		assertThat(goal(1).planLinks()).extracting(PlanLink::code).containsExactly("5-1-(3)");
		assertThat(goal(1).planLinks().get(0).text()).isEqualTo("地域課題の共有を図り、多様な主体による協働のまちづくりを推進します");
		assertThat(goal(1).policyLinks()).containsExactly(new PolicyLink(45, "新たなコミュニティとつながりの創出"));
		assertThat(goal(2).policyLinks()).containsExactly(new PolicyLink(32, "南部地域の活性化"),
				new PolicyLink(45, "新たなコミュニティとつながりの創出"), new PolicyLink(46, "多世代交流のまちづくり"));
		assertThat(goal(3).planLinks()).extracting(PlanLink::code).containsExactly("1-3-(2)", "2-1-(4)", "2-4-(2)");
		assertThat(goal(3).policyLinks()).extracting(PolicyLink::number).containsExactly(47, 48);
		assertThat(goal(4).planLinks()).containsExactly(new PlanLink("5-2-(1)", "公正で効果的・効率的な市政運営を進めます"));
		assertThat(goal(4).policyLinks()).extracting(PolicyLink::number).containsExactly(60);
		assertThat(goal(5).planLinks()).extracting(PlanLink::code).containsExactly("4-1-(1)", "4-1-(3)");
		assertThat(goal(5).policyLinks()).extracting(PolicyLink::number).containsExactly(49);
	}

	@Test
	void reviewsArePendingNotPlaceholderText() {
		for (AnnualGoal goal : sheet.annualGoals()) {
			assertThat(goal.review().results()).isNull();
			assertThat(goal.review().issues()).isNull();
		}
	}

	@Test
	void midTermGoals() {
		assertThat(sheet.midTermGoals()).extracting(MidTermGoal::title)
			.containsExactly("市民との協働の推進", "地域コミュニティの活性化及び地域連携の推進", "市民の経済生活安定のための施策の充実",
					"就労支援・生活困窮者支援・若者支援事業の拡充", "市民窓口サービスの向上", "平和啓発及び人権尊重", "男女共同参画及び多文化共生社会の実現");
		assertThat(sheet.midTermGoals()).extracting(g -> g.steps().size()).containsExactly(3, 6, 4, 5, 4, 2, 2);
		MidTermGoal first = mid(1);
		assertThat(first.descriptionItems()).hasSize(2);
		assertThat(first.descriptionItems().get(0).subItems()).hasSize(3);
		assertThat(first.steps().get(0).groupTitle()).isEqualTo("市民公益活動・市民協働事業の推進");
		assertSpan(first.steps().get(0), 2024, 2024);
		assertSpan(first.steps().get(1), 2024, null);
		assertThat(mid(3).descriptionItems()).as("description in the row below the title").hasSize(2);
		assertThat(mid(3).descriptionItems().get(1).text()).startsWith("市民生活の安全を守るため");
		assertSpan(mid(3).steps().get(1), 2024, null);
		assertSpan(mid(6).steps().get(0), 2024, 2027);
		assertThat(mid(6).steps().get(0).label()).isEqualTo("(1)");
		assertSpan(mid(7).steps().get(1), 2025, 2026);
		assertThat(mid(2).steps()).allSatisfy(s -> assertSpan(s, 2024, null));
	}

	@Test
	void midTermLinks() {
		assertThat(mid(1).planLinks()).containsExactly(new PlanLink("5-1-(3)", "地域課題の共有を図り、多様な主体による協働のまちづくりを推進します"));
		assertThat(mid(2).policyLinks()).extracting(PolicyLink::number).containsExactly(32, 45, 46);
		assertThat(mid(3).planLinks()).extracting(PlanLink::code).containsExactly("2-4-(2)");
		assertThat(mid(3).policyLinks()).containsExactly(new PolicyLink(70, "みんなで取り組み支え合うまちづくりの推進"));
		assertThat(mid(4).planLinks()).extracting(PlanLink::code).containsExactly("1-3-(2)", "2-1-(4)");
		assertThat(mid(4).policyLinks()).extracting(PolicyLink::number).containsExactly(47, 48);
		assertThat(mid(5).planLinks()).containsExactly(new PlanLink("5-2-(1)", "公正で効果的・効率的な市政運営を進めます"),
				new PlanLink("5-2-(2)", "デジタル技術を活用した便利で快適なまちづくりを進めます"));
		assertThat(mid(6).planLinks()).extracting(PlanLink::code).containsExactly("4-1-(1)");
		assertThat(mid(7).planLinks()).extracting(PlanLink::code).containsExactly("4-1-(2)", "4-1-(3)");
		assertThat(mid(7).policyLinks()).extracting(PolicyLink::number).containsExactly(49, 58);
	}

	@Test
	void reportCountsAndNoUnplacedText() {
		ImportReport report = result.report();
		assertThat(report.goals()).isEqualTo(5);
		assertThat(report.midTermGoals()).isEqualTo(7);
		assertThat(report.items()).isEqualTo(4 + 3 + 5 + 5 + 3);
		assertThat(report.actions()).isEqualTo(8 + 11 + 6 + 9 + 10);
		assertThat(report.warnings()).noneMatch(w -> w.code().equals("UNPLACED_TEXT"));
	}

	private static AnnualGoal goal(int number) {
		return sheet.annualGoals().get(number - 1);
	}

	private static MidTermGoal mid(int number) {
		return sheet.midTermGoals().get(number - 1);
	}

	private static Action action(int goal, int item, int action) {
		return goal(goal).items().get(item - 1).actions().get(action - 1);
	}

	private static List<Integer> actionCounts(AnnualGoal goal) {
		return goal.items().stream().map(i -> i.actions().size()).toList();
	}

	private static void assertSchedule(Action action, String text, ScheduleKind kind, Integer start, Integer end) {
		assertThat(action.schedule()).as(action.text()).isNotNull();
		assertThat(action.schedule().text()).isEqualTo(text);
		assertThat(action.schedule().kind()).isEqualTo(kind);
		assertThat(action.schedule().startMonth()).isEqualTo(start);
		assertThat(action.schedule().endMonth()).isEqualTo(end);
	}

	private static void assertTarget(List<Target> targets, String value, String unit, String per) {
		assertThat(targets).hasSize(1);
		assertThat(targets.get(0).value()).isEqualByComparingTo(new BigDecimal(value));
		assertThat(targets.get(0).unit()).isEqualTo(unit);
		assertThat(targets.get(0).per()).isEqualTo(per);
	}

	private static void assertSpan(MidTermStep step, Integer from, Integer to) {
		assertThat(step.fromYear()).as(step.text()).isEqualTo(from);
		assertThat(step.toYear()).as(step.text()).isEqualTo(to);
	}
}
