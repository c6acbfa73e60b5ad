package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.Target;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 経年比較 in real headless Chromium, as the public: the department and the two years chosen in the plain form, the
 * goals side by side with the removed characters struck through and the added ones underlined; and the way there
 * from a published sheet.
 */
@IntegrationTest
class YearCompareBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Test
	void chooseTheDepartmentAndYearsAndSeeWhatChanged() {
		String department = "経年比較部-" + UUID.randomUUID().toString().substring(0, 8);
		SheetData older = SampleSheets.full(department, 2022);
		Publish.publish(workflows, store.save(older, List.of(), "2022.txt").id());
		// 2023: the first goal moves to second place reworded, its 参加者数 raised from 4,000 to 5,000
		AnnualGoal first = older.annualGoals().get(0);
		AnnualGoal second = older.annualGoals().get(1);
		AnnualGoal third = older.annualGoals().get(2);
		UUID newer = Publish.publish(workflows, store.save(new SheetData(null, null, older.municipality(),
				older.municipalityCode(), 2023, null, older.department(), older.missions(), older.policy(),
				List.of(renumbered(second, 1), new AnnualGoal(null, 2, "市民協働と地域活動を推進", false, raised(first),
						first.planLinks(), first.policyLinks(), first.review()), renumbered(third, 3)),
				older.midTermGoals()), List.of(), "2023.txt").id());

		try (Page page = chromium.browser().newPage()) {
			page.navigate("http://localhost:" + port + "/compare-years");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("経年比較");
			page.getByLabel("部局", new Page.GetByLabelOptions().setExact(true)).selectOption(department);
			page.getByLabel("比較元（前の年度）").selectOption("2022");
			page.getByLabel("比較先（後の年度）").selectOption("2023");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("比べる")).click();

			assertThat(page).hasURL(Pattern.compile(".*/compare-years\\?department=[^&]+&from=2022&to=2023$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("経年比較（" + department + "）");
			assertThat(page.locator("#summary-heading")).hasText("令和4年度（2022年度） → 令和5年度（2023年度）");

			// the goal that moved from 1 to 2 is one goal, its reworded title marked character by character
			Locator moved = page.locator("article.year-goal").filter(new Locator.FilterOptions()
				.setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("目標1 → 目標2"))));
			assertThat(moved).hasCount(1);
			Locator table = moved.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("目標1 → 目標2 市民協働と地域活動を推進の比較"));
			Locator titleRow = table.locator("tbody tr").first();
			assertThat(titleRow.locator("td.compare-after ins")).containsText("と地域活動");
			assertThat(titleRow.locator("td.compare-after ins")).hasCSS("text-decoration-line", "underline");
			assertThat(moved.locator("del").first()).hasCSS("text-decoration-line", "line-through");
			// screen readers hear what the marks mean
			assertThat(titleRow.locator("td.compare-after ins .visually-hidden").first()).hasText("［追加: ");

			// the raised target, with its change in words
			Locator target = moved.locator("table.year-compare-targets tr.target-raised");
			assertThat(target.locator("th")).hasText("参加者数");
			assertThat(target).containsText("引上げ");
			assertThat(target).containsText("+1,000");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser/compare-years.png"))
				.setFullPage(true));

			// the published sheet leads here, to its year and the one before
			page.navigate("http://localhost:" + port + "/sheets/" + newer);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("前年度と比べる（経年比較）")).click();
			assertThat(page.locator("#summary-heading")).hasText("令和4年度（2022年度） → 令和5年度（2023年度）");
			assertThat(page.getByLabel("比較元（前の年度）")).hasValue("2022");
		}
	}

	private static AnnualGoal renumbered(AnnualGoal g, int number) {
		return new AnnualGoal(null, number, g.title(), g.priority(), g.items(), g.planLinks(), g.policyLinks(),
				g.review());
	}

	/** The goal's items with 参加者数4,000人 raised to 5,000人. */
	private static List<GoalItem> raised(AnnualGoal goal) {
		return goal.items()
			.stream()
			.map(i -> new GoalItem(null, i.label(), i.text(), i.actions()
				.stream()
				.map(a -> new Action(null, a.label(), a.text(), a.subItems(), a.schedule(), a.tags(), a.targets()
					.stream()
					.map(t -> "参加者数".equals(t.label())
							? new Target(t.label(), new BigDecimal("5000"), t.unit(), t.per(), "参加者数5,000人") : t)
					.toList()))
				.toList()))
			.toList();
	}
}
