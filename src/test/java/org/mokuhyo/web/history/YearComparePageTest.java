package org.mokuhyo.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;
import org.mokuhyo.web.SampleSheets;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 経年比較 over HTTP as a browser without JavaScript uses it: a department with 2023 and 2024 published (2024 edited
 * since, the edit a draft) and 2025 a draft only. The public compares published versions and never sees a draft,
 * whatever it asks; staff see current versions when they tick the box; wrong parameters are a 400, a year without a
 * sheet a 404, each with the reason.
 */
@IntegrationTest
class YearComparePageTest {

	private static final String REWORDED = "市民協働と市民活動の推進";

	private static final String EDITED = "公表後に編集した題名";

	private static final String DRAFT = "下書きだけの目標";

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private String department;

	private UUID sheet2024;

	@BeforeEach
	void sheets() {
		department = WebTestSupport.unique("経年部");
		SheetData base = SampleSheets.shimin(department);
		Publish.publish(workflows, store.save(inYear(base, 2023, base.annualGoals()), List.of(), "2023.txt").id());
		// 2024: the two goals swap places, the first reworded, a target raised from 10社 to 12社
		List<AnnualGoal> goals = base.annualGoals();
		AnnualGoal first = goals.get(0);
		AnnualGoal second = raise(goals.get(1));
		SheetData next = inYear(base, 2024, List.of(
				new AnnualGoal(null, 1, second.title(), second.priority(), second.items(), second.planLinks(),
						second.policyLinks(), second.review()),
				new AnnualGoal(null, 2, REWORDED, first.priority(), first.items(), first.planLinks(), first.policyLinks(),
						first.review())));
		sheet2024 = Publish.publish(workflows, store.save(next, List.of(), "2024.txt").id());
		// an edit after publication is a draft: the public keeps reading the published 2024
		store.save(org.mokuhyo.SampleSheets.withTitle(store.find(sheet2024).orElseThrow(), 1, EDITED), List.of(),
				"edit.txt");
		List<AnnualGoal> draftGoals = new ArrayList<>(next.annualGoals());
		draftGoals.add(new AnnualGoal(null, 3, DRAFT, false, List.of(), List.of(), List.of(), null));
		store.save(inYear(base, 2025, draftGoals), List.of(), "2025.txt");
	}

	@Test
	void thePublicComparesThePublishedYearsGoalByGoal() throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		Document doc = page(web, compare("&from=2023&to=2024"), 200);
		WebTestSupport.writePreview("compare-years.html", doc);

		assertThat(doc.selectFirst("h1").text()).isEqualTo("経年比較（" + department + "）");
		assertThat(doc.title()).contains(department).contains("令和5年度（2023年度）").contains("令和6年度（2024年度）");
		assertThat(doc.select("nav.breadcrumbs li").eachText()).containsExactly("シート一覧", "経年比較（" + department + "）");
		assertThat(doc.select("#summary-heading").text()).isEqualTo("令和5年度（2023年度） → 令和6年度（2024年度）");
		assertThat(summary(doc, "当年度目標")).isEqualTo("継続 2件（うち内容の変更 2件・番号の変更 2件）・新規 0件・終了 0件");
		assertThat(summary(doc, "目標値")).startsWith("引上げ 1件・引下げ 0件");

		// both goals kept under their new numbers; the reworded title marked by character
		assertThat(doc.select("#annual-kept-heading").text()).isEqualTo("継続した目標（2件）");
		assertThat(doc.select("#annual-added-heading").text()).isEqualTo("新しい目標（0件）");
		Element reworded = goal(doc, "目標1 → 目標2");
		Element title = reworded.selectFirst("table.year-compare-table tbody tr");
		assertThat(title.selectFirst("th").text()).contains("題名").contains("変更");
		assertThat(title.select("td.compare-after ins").text()).contains("と市民活動");
		assertThat(title.select("td.compare-before").text()).contains("市民協働の推進");
		assertThat(reworded.selectFirst("table caption").text()).contains("目標1 → 目標2");

		Element raised = goal(doc, "目標2 → 目標1");
		Element target = raised.selectFirst("table.year-compare-targets tbody tr.target-raised");
		assertThat(target.select("th").text()).isEqualTo("認証事業者");
		assertThat(target.select("td").eachText()).containsSubsequence("認証事業者10社", "認証事業者12社", "引上げ +2");
		assertThat(raised.select(".year-goal-links a").eachAttr("href"))
			.allSatisfy(href -> assertThat(href).matches("/sheets/[0-9a-f-]{36}#goal-[12]"));

		// the published 2024, not the edit made since; nothing of the 2025 draft
		assertThat(doc.text()).doesNotContain(EDITED).doesNotContain(DRAFT);
		assertThat(doc.select("input[name=current]")).as("the public has no drafts to ask for").isEmpty();
		assertThat(doc.select("script")).isEmpty();
		assertThat(doc.select("table")).allSatisfy(t -> assertThat(t.select("caption")).hasSize(1));
		assertThat(doc.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
		assertHeadingsInOrder(doc);
	}

	@Test
	void withoutYearsTheTwoLatestPublishedAreCompared() throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		Document doc = page(web, compare(""), 200);

		assertThat(doc.select("#summary-heading").text()).isEqualTo("令和5年度（2023年度） → 令和6年度（2024年度）");
		assertThat(doc.select("#compare-from option[selected]").attr("value")).isEqualTo("2023");
		assertThat(doc.select("#compare-to option[selected]").attr("value")).isEqualTo("2024");
		assertThat(doc.select("#compare-department option[selected]").text()).isEqualTo(department);
		assertThat(doc.select("#compare-to option").eachAttr("value")).doesNotContain("2025");

		// only the later year named: compared with the year before it that has a published sheet
		assertThat(page(web, compare("&to=2024"), 200).select("#summary-heading").text())
			.isEqualTo("令和5年度（2023年度） → 令和6年度（2024年度）");
		// nothing before the earliest year: the form says so
		Document first = page(web, compare("&to=2023"), 200);
		assertThat(first.select("[role=status]").text()).contains("令和5年度（2023年度）より前").contains(department);
		assertThat(first.select("#summary-heading")).isEmpty();

		// without a department: the form, listing the departments with published sheets
		Document form = page(web, "/compare-years", 200);
		assertThat(form.select("#compare-department option").eachText()).contains(department);
		assertThat(form.select("form[method=get] select")).hasSize(3);
		assertThat(form.select("label[for=compare-department]").text()).isEqualTo("部局");
	}

	@Test
	void aDraftIsNeverShownToThePublicButStaffMayAskForCurrentVersions() throws Exception {
		WebTestSupport publicWeb = new WebTestSupport(port);
		Document missing = page(publicWeb, compare("&from=2024&to=2025"), 404);
		assertThat(missing.select("[role=alert]").text()).contains("令和7年度（2025年度）の" + department + "の公表されたシートはありません");
		Document asked = page(publicWeb, compare("&from=2024&to=2025&current=true"), 404);
		assertThat(asked.text()).doesNotContain(DRAFT);
		assertThat(page(publicWeb, compare("&current=true"), 200).text()).doesNotContain(EDITED).doesNotContain(DRAFT);

		WebTestSupport staff = new WebTestSupport(port);
		staff.signIn(new TestUsers(accounts, organizations).viewer());
		page(staff, compare("&from=2024&to=2025"), 404);
		Document current = page(staff, compare("&from=2024&to=2025&current=true"), 200);
		assertThat(current.select("#annual-added-heading").text()).isEqualTo("新しい目標（1件）");
		assertThat(current.text()).contains(DRAFT).contains(EDITED);
		assertThat(current.select("input[name=current]").hasAttr("checked")).isTrue();
		// by default staff read what the public reads
		assertThat(page(staff, compare(""), 200).text()).doesNotContain(EDITED);
	}

	@Test
	void wrongParametersAreA400AndUnknownOnesA404WithTheReason() throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		assertThat(page(web, compare("&from=abc&to=2024"), 400).select("[role=alert]").text())
			.contains("比較元の年度（from）").contains("西暦の4桁");
		assertThat(page(web, compare("&from=2024&to=2023"), 400).select("[role=alert]").text())
			.contains("比較先の年度（to）より前の年度");
		assertThat(page(web, compare("&from=2024&to=2024"), 400).select("[role=alert]").text())
			.contains("より前の年度");
		assertThat(page(web, compare("&current=maybe"), 400).select("[role=alert]").text()).contains("current");
		assertThat(page(web, compare("&from=2020&to=2024"), 404).select("[role=alert]").text())
			.contains("令和2年度（2020年度）の" + department + "の公表されたシートはありません");
		assertThat(page(web, "/compare-years?department=" + WebTestSupport.encode(WebTestSupport.unique("無い部")), 404)
			.select("[role=alert]").text()).contains("公表されたシートはありません");
		assertThat(page(web, "/compare-years?municipality=" + WebTestSupport.encode("存在しない市") + "&department=x", 404)
			.select("[role=alert]").text()).contains("存在しない市");
		// a 400 keeps the form with what was chosen
		Document bad = page(web, compare("&from=2024&to=2023"), 400);
		assertThat(bad.select("#compare-department option[selected]").text()).isEqualTo(department);
	}

	@Test
	void thePublicSheetLinksToTheComparisonWithTheYearBefore() throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		Document sheet = page(web, "/sheets/" + sheet2024, 200);
		Element link = sheet.selectFirst("nav.page-tools a:contains(前年度と比べる)");
		assertThat(link).isNotNull();
		assertThat(sheet.select("script")).isEmpty();

		Document compared = page(web, link.attr("href"), 200);
		assertThat(compared.select("#summary-heading").text()).isEqualTo("令和5年度（2023年度） → 令和6年度（2024年度）");
	}

	private String compare(String rest) {
		return "/compare-years?municipality=" + WebTestSupport.encode("豊中市") + "&department="
				+ WebTestSupport.encode(department) + rest;
	}

	private static Document page(WebTestSupport web, String path, int status) throws Exception {
		WebTestSupport.Response response = web.get(path);
		assertThat(response.status()).as(path).isEqualTo(status);
		assertThat(response.contentType()).as(path).startsWith("text/html");
		return response.document();
	}

	private static String summary(Document doc, String row) {
		return doc.select("table.year-compare-summary tr")
			.stream()
			.filter(tr -> tr.selectFirst("th").text().equals(row))
			.map(tr -> tr.selectFirst("td").text())
			.findFirst()
			.orElseThrow();
	}

	private static Element goal(Document doc, String heading) {
		return doc.select("article.year-goal")
			.stream()
			.filter(a -> a.selectFirst("h4").text().startsWith(heading + " "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no goal " + heading));
	}

	private static void assertHeadingsInOrder(Document doc) {
		int previous = 1;
		for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
			int level = Integer.parseInt(h.tagName().substring(1));
			assertThat(level).as(h.text()).isLessThanOrEqualTo(previous + 1);
			previous = level;
		}
	}

	/** The 認証事業者 target of the goal's sub-point raised from 10社 to 12社. */
	private static AnnualGoal raise(AnnualGoal goal) {
		List<GoalItem> items = goal.items().stream().map(item -> new GoalItem(null, item.label(), item.text(),
				item.actions().stream().map(a -> new Action(null, a.label(), a.text(), a.subItems().stream()
					.map(s -> s.text().contains("認証事業者10社") ? new SubItem(s.text().replace("10社", "12社"), s.tags(),
							List.of(new Target("認証事業者", new BigDecimal("12"), "社", null, "認証事業者12社")), s.schedule())
							: s)
					.toList(), a.schedule(), a.tags(), a.targets())).toList())).toList();
		return new AnnualGoal(null, goal.number(), goal.title(), goal.priority(), items, goal.planLinks(),
				goal.policyLinks(), goal.review());
	}

	private static SheetData inYear(SheetData s, int year, List<AnnualGoal> goals) {
		return new SheetData(null, null, s.municipality(), s.municipalityCode(), year, null, s.department(), s.missions(),
				s.policy(), goals, s.midTermGoals());
	}
}
