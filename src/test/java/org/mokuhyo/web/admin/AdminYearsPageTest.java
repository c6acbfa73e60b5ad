package org.mokuhyo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.kernel.FiscalYear;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 年度の管理 as the planning division uses it: each department's state in a year, and next year started for every
 * department at once from last year's sheets (drafts, review cleared), leaving alone those that have one already.
 */
@IntegrationTest
class AdminYearsPageTest {

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

	@Autowired
	Clock clock;

	@Test
	void theYearShowsEachDepartmentAndStartsTheMissingOnesFromLastYear() throws Exception {
		// a fiscal year no other test writes: this test's departments are the only ones copied
		int year = FiscalYear.of(LocalDate.now(clock)).startYear() + 40;
		String published = WebTestSupport.unique("年度公表部");
		String drafted = WebTestSupport.unique("年度下書部");
		String already = WebTestSupport.unique("年度既存部");
		UUID publishedLastYear = Publish.publish(workflows,
				store.save(SampleSheets.full(published, year - 1), List.of(), "a.txt").id());
		store.save(SampleSheets.full(drafted, year - 1), List.of(), "b.txt");
		store.save(SampleSheets.full(already, year - 1), List.of(), "c.txt");
		UUID existing = store.save(SampleSheets.full(already, year), List.of(), "d.txt").id();
		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(new TestUsers(accounts, organizations).admin());

		WebTestSupport.Response lastResponse = admin.get("/admin/years/" + (year - 1));
		assertThat(lastResponse.status()).isEqualTo(200);
		Document last = lastResponse.document();
		assertThat(last.select("tr:contains(" + published + ") td").first().text()).isEqualTo("公表済み");
		assertThat(last.select("tr:contains(" + drafted + ") td").first().text()).isEqualTo("下書き");
		Document page = admin.get("/admin/years/" + year).document();
		assertThat(page.select("tr:contains(" + published + ") td").first().text()).isEqualTo("未作成（前年度のシートあり）");
		assertThat(page.select("tr:contains(" + already + ") a").attr("href")).isEqualTo("/sheets/" + existing + "/workflow");
		assertThat(page.select("form[action$=/copy-forward] button").text()).isEqualTo("2部局のシートを前年度から作成する");
		assertThat(admin.get("/admin/years").document().select("a[href=/admin/years/" + year + "]")).hasSize(1);

		WebTestSupport.Response copied = admin.postUrlEncoded("/admin/years/" + year + "/copy-forward", "");
		assertThat(copied.status()).isEqualTo(302);
		assertThat(admin.follow(copied).document().select("[role=status]").text())
			.contains("2部局のシートを前年度から下書きとして作成しました。");
		SheetData copy = store.find(SampleSheets.MUNICIPALITY, published, year).orElseThrow();
		assertThat(copy.annualGoals()).hasSameSizeAs(store.find(publishedLastYear).orElseThrow().annualGoals());
		assertThat(workflows.state(copy.id()).orElseThrow().status().name()).isEqualTo("DRAFT");
		assertThat(store.find(SampleSheets.MUNICIPALITY, drafted, year)).isPresent();
		assertThat(store.find(SampleSheets.MUNICIPALITY, already, year).orElseThrow().id()).as("left alone").isEqualTo(existing);
		assertThat(store.find(existing).orElseThrow().version()).isEqualTo(1);

		WebTestSupport.Response again = admin.postUrlEncoded("/admin/years/" + year + "/copy-forward", "");
		assertThat(again.status()).as("nothing left to copy").isEqualTo(422);
		assertThat(admin.get("/admin/years/abcd").status()).isEqualTo(404);
		WebTestSupport editor = new WebTestSupport(port);
		editor.signIn(new TestUsers(accounts, organizations).editor(published));
		assertThat(editor.get("/admin/years/" + year).status()).isEqualTo(403);
		assertThat(editor.postUrlEncoded("/admin/years/" + year + "/copy-forward", "").status()).isEqualTo(403);
	}
}
