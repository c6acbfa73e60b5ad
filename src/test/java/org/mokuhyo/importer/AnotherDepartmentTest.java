package org.mokuhyo.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SheetData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet of another department and year in the same layout, written for this test with what the seed does not
 * show: bullet actions, written reviews and summary, several plan codes in one paragraph, full-width codes, a
 * mid-term schedule without headings.
 */
class AnotherDepartmentTest {

	private static ImportResult result;

	private static SheetData sheet;

	@BeforeAll
	static void parse() throws IOException {
		try (InputStream in = AnotherDepartmentTest.class.getResourceAsStream("/sheets/toshi-keikaku-2025.txt")) {
			result = SheetImporter.standard().parse(in.readAllBytes(), "toshi.txt", ImportOptions.none());
		}
		sheet = result.sheet();
	}

	@Test
	void headerYearMissionsAndPolicy() {
		assertThat(sheet.department().name()).isEqualTo("都市計画推進部");
		assertThat(sheet.department().headName()).isEqualTo("山田 花子");
		assertThat(sheet.fiscalYear()).as("from the mid-term schedule").isEqualTo(2025);
		assertThat(sheet.missions()).containsExactly("安全で快適な都市空間を計画的に形成します。", "公共交通を軸としたまちづくりを進めます。");
		assertThat(sheet.policy().statement()).startsWith("駅周辺の再整備と公共交通の充実");
		assertThat(sheet.policy().items()).isEmpty();
		assertThat(sheet.policy().summary()).isEqualTo("駅前広場の基本設計を完了した。\nバス路線再編は協議が長引き、次年度に持ち越した。");
	}

	@Test
	void bulletActionsAndCircledActions() {
		AnnualGoal goal = sheet.annualGoals().get(0);
		assertThat(goal.title()).isEqualTo("駅周辺の再整備");
		assertThat(goal.priority()).isTrue();
		assertThat(goal.items()).hasSize(2);
		assertThat(goal.items().get(0).actions()).extracting(Action::text)
			.containsExactly("基本設計の策定", "住民説明会の開催（2回）");
		Action design = goal.items().get(0).actions().get(0);
		assertThat(design.label()).isNull();
		assertThat(design.schedule().kind()).isEqualTo(ScheduleKind.FIRST_HALF);
		assertThat(design.tags()).containsExactly("新規");
		assertThat(goal.items().get(0).actions().get(1).targets().get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(2));
		Action survey = goal.items().get(1).actions().get(0);
		assertThat(survey.schedule().startMonth()).isEqualTo(6);
		assertThat(survey.schedule().endMonth()).isEqualTo(9);
		assertThat(goal.items().get(1).actions().get(1).schedule().kind()).isEqualTo(ScheduleKind.SECOND_HALF);
	}

	@Test
	void writtenReviewIsKept() {
		AnnualGoal goal = sheet.annualGoals().get(0);
		assertThat(goal.review().results()).startsWith("基本設計を9月に完了し");
		assertThat(goal.review().issues()).startsWith("駐輪場の再編計画は");
		assertThat(sheet.annualGoals().get(1).review().pending()).isTrue();
	}

	@Test
	void linksInOneParagraphAndFullWidth() {
		assertThat(sheet.annualGoals().get(0).planLinks()).containsExactly(new PlanLink("3-2-(1)", "駅周辺の魅力を高めます"),
				new PlanLink("3-2-(2)", "歩いて楽しいまちをつくります"));
		assertThat(sheet.annualGoals().get(0).policyLinks()).containsExactly(new PolicyLink(12, "駅前のにぎわいづくり"));
		assertThat(sheet.annualGoals().get(1).planLinks()).extracting(PlanLink::code).containsExactly("3-3-(2)");
		assertThat(sheet.annualGoals().get(1).policyLinks()).containsExactly(new PolicyLink(13, "公共交通ネットワークの充実"),
				new PolicyLink(14, "交通不便地域の解消"));
		Action survey = sheet.annualGoals().get(1).items().get(0).actions().get(1);
		assertThat(survey.targets().get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(1200));
		assertThat(survey.schedule().startMonth()).isEqualTo(10);
	}

	@Test
	void midTermStepsWithoutHeadings() {
		MidTermGoal goal = sheet.midTermGoals().get(0);
		assertThat(goal.title()).isEqualTo("駅周辺のまちづくり");
		assertThat(goal.steps()).hasSize(3);
		assertThat(goal.steps().get(0).groupLabel()).isNull();
		assertThat(goal.steps().get(2).text()).isEqualTo("工事");
		assertThat(goal.steps().get(2).fromYear()).isEqualTo(2027);
		assertThat(goal.steps().get(2).toYear()).isEqualTo(2028);
		assertThat(goal.planLinks()).extracting(PlanLink::code).containsExactly("3-2-(1)");
		assertThat(goal.policyLinks()).extracting(PolicyLink::number).containsExactly(12);
	}

	@Test
	void nothingUnplacedAndNothingLost() throws IOException {
		assertThat(result.report().warnings()).noneMatch(w -> w.code().equals("UNPLACED_TEXT"));
		try (InputStream in = AnotherDepartmentTest.class.getResourceAsStream("/sheets/toshi-keikaku-2025.txt")) {
			NothingLostTest.assertNothingLost(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}
}
