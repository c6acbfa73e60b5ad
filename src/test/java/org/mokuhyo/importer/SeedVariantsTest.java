package org.mokuhyo.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SheetData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Variants of the seed, built here, that another department or another year's export could look like: the
 * importer must read them without rules keyed to the seed's sentences.
 */
class SeedVariantsTest {

	private static SheetData parse(String text) {
		return parse(text.getBytes(StandardCharsets.UTF_8));
	}

	private static SheetData parse(byte[] bytes) {
		ImportResult result = SheetImporter.standard().parse(bytes, "variant.txt", ImportOptions.none());
		assertThat(result.report().warnings()).noneMatch(w -> w.code().equals("UNPLACED_TEXT"));
		return result.sheet();
	}

	private static List<String> lines() {
		return List.of(SeedFixture.text().split("\n", -1));
	}

	private static String without(int fromLine, int toLine) {
		List<String> lines = lines();
		return String.join("\n", java.util.stream.IntStream.rangeClosed(1, lines.size())
			.filter(n -> n < fromLine || n > toLine)
			.mapToObj(n -> lines.get(n - 1))
			.toList());
	}

	@Test
	void anotherDepartment() {
		String text = SeedFixture.text().replace("部局\t市民協働部\t補職\t部長\t氏名\t宮城 節子", "部局\t都市計画推進部\t補職\t部長\t氏名\t山田 太郎");
		SheetData sheet = parse(text);
		assertThat(sheet.department().name()).isEqualTo("都市計画推進部");
		assertThat(sheet.department().headName()).isEqualTo("山田 太郎");
		assertThat(sheet.annualGoals()).hasSize(5);
	}

	@Test
	void fullWidthDigitsEverywhere() {
		String text = SeedFixture.text().chars()
			.mapToObj(c -> c >= '0' && c <= '9' ? String.valueOf((char) (c - '0' + '０')) : String.valueOf((char) c))
			.collect(Collectors.joining());
		SheetData sheet = parse(text);
		assertThat(sheet.fiscalYear()).isEqualTo(2024);
		assertThat(sheet.annualGoals()).extracting(AnnualGoal::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(sheet.annualGoals().get(0).planLinks()).extracting(PlanLink::code).containsExactly("5-1-(3)");
		assertThat(sheet.annualGoals().get(1).policyLinks()).extracting(PolicyLink::number).containsExactly(32, 45, 46);
		assertThat(sheet.annualGoals().get(0).items().get(3).actions().get(0).schedule().startMonth()).isEqualTo(11);
		assertThat(sheet.annualGoals().get(2).items().get(1).actions().get(0).targets().get(0).value().intValue())
			.isEqualTo(4000);
		assertThat(sheet.midTermGoals()).hasSize(7);
		assertThat(sheet.midTermGoals().get(6).steps().get(1).toYear()).isEqualTo(2026);
	}

	@Test
	void aGoalAndAMidTermGoalRemoved() {
		List<String> lines = lines();
		int goal3Start = indexOf(lines, "3\t<p>くらしの安全") - 3; // its three header rows
		int goal3End = indexOf(lines, "3\t<p>くらしの安全") + 1;
		int mid4Start = indexOf(lines, "4\t就労支援");
		int mid4End = mid4Start + 4;
		String text = without(mid4Start + 1, mid4End + 1);
		text = String.join("\n", List.of(text.split("\n", -1)).subList(0, goal3Start))
				+ "\n" + String.join("\n", List.of(text.split("\n", -1)).subList(goal3End + 1, text.split("\n", -1).length));
		SheetData sheet = parse(text);
		assertThat(sheet.annualGoals()).extracting(AnnualGoal::number).containsExactly(1, 2, 4, 5);
		assertThat(sheet.midTermGoals()).extracting(MidTermGoal::number).containsExactly(1, 2, 3, 5, 6, 7);
		assertThat(sheet.midTermGoals().get(2).policyLinks()).extracting(PolicyLink::number).containsExactly(70);
	}

	@Test
	void cellsSplitAndJoinedDifferently() {
		String text = SeedFixture.text()
			// goal 1: code and text of the plan link in two cells, policy number and title in two cells
			.replace("<p>5-1- (3) 地域課題の共有を図り、多様な主体による協働のまちづくりを推進します</p>\t\t",
					"5-1- (3)\t地域課題の共有を図り、多様な主体による協働のまちづくりを推進します\t")
			.replace("<p>45 新たなコミュニティとつながりの創出</p>\t\t", "45\t新たなコミュニティとつながりの創出\t")
			// goal 4: both review fields in one cell
			.replace("【今年度末に記載】\t【今年度末に記載】\n\t<b>総合計画</b> 5-2-",
					"<p>【今年度末に記載】</p><p>【今年度末に記載】</p>\t\n\t<b>総合計画</b> 5-2-");
		SheetData sheet = parse(text);
		assertThat(sheet.annualGoals().get(0).planLinks())
			.containsExactly(new PlanLink("5-1-(3)", "地域課題の共有を図り、多様な主体による協働のまちづくりを推進します"));
		assertThat(sheet.annualGoals().get(0).policyLinks()).containsExactly(new PolicyLink(45, "新たなコミュニティとつながりの創出"));
		assertThat(sheet.annualGoals().get(3).review().pending()).isTrue();
		assertThat(sheet.annualGoals().get(3).items()).hasSize(5);
	}

	@Test
	void writtenReviewAndSummaryAreKept() {
		String text = SeedFixture.text()
			.replace("<p>【今年度末に記載】</p>\n\n3.", "<p>地域自治組織が2団体新たに設立された。</p>\n\n3.")
			.replaceFirst("【今年度末に記載】\t【今年度末に記載】", "助成金を12団体に交付した。\t申請の少ない分野への周知が課題。");
		SheetData sheet = parse(text);
		assertThat(sheet.policy().summary()).isEqualTo("地域自治組織が2団体新たに設立された。");
		assertThat(sheet.annualGoals().get(0).review().results()).isEqualTo("助成金を12団体に交付した。");
		assertThat(sheet.annualGoals().get(0).review().issues()).isEqualTo("申請の少ない分野への周知が課題。");
		assertThat(sheet.annualGoals().get(1).review().pending()).isTrue();
	}

	@Test
	void windowsLineEndingsAndShiftJis() {
		String crlf = SeedFixture.text().replace("\n", "\r\n");
		assertThat(parse(crlf).annualGoals()).hasSize(5);
		byte[] sjis = SeedFixture.text().replace("～", "〜").getBytes(Charset.forName("windows-31j"));
		ImportResult result = SheetImporter.standard().parse(sjis, "sjis.txt", ImportOptions.none());
		assertThat(result.sheet().annualGoals()).hasSize(5);
		assertThat(result.sheet().annualGoals().get(1).items().get(2).actions().get(1).schedule().kind())
			.isEqualTo(ScheduleKind.RANGE);
		assertThat(result.report().warnings()).anyMatch(w -> w.code().equals("SOURCE_NOTE"));
	}

	@Test
	void fiscalYearFromParameterWinsAndAMismatchIsReported() {
		ImportResult result = SheetImporter.standard().parse(SeedFixture.bytes(), "seed.txt",
				new ImportOptions(2025, null, null));
		assertThat(result.sheet().fiscalYear()).isEqualTo(2025);
		assertThat(result.sheet().fiscalYearLabel()).isEqualTo("令和7年度");
		assertThat(result.report().fiscalYearSource()).isEqualTo("PARAMETER");
		assertThat(result.report().warnings()).anyMatch(w -> w.code().equals("FISCAL_YEAR_MISMATCH"));
	}

	@Test
	void unplaceableTextBecomesAPositionedWarning() {
		String text = SeedFixture.text().replace("### 1. 部局の使命", "作成者メモ：要確認\n\n### 1. 部局の使命");
		ImportResult result = SheetImporter.standard().parse(text.getBytes(StandardCharsets.UTF_8), "memo.txt",
				ImportOptions.none());
		assertThat(result.report().warnings()).anySatisfy(w -> {
			assertThat(w.code()).isEqualTo("UNPLACED_TEXT");
			assertThat(w.text()).isEqualTo("作成者メモ：要確認");
			assertThat(w.line()).isEqualTo(6);
		});
	}

	private static int indexOf(List<String> lines, String prefix) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(prefix)) {
				return i;
			}
		}
		throw new AssertionError("no line starts with " + prefix + " in " + Arrays.toString(new int[0]));
	}
}
