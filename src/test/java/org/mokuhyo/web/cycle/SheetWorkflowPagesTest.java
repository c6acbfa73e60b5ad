package org.mokuhyo.web.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.SheetStatus;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cycle of a sheet through its pages, each role in its own real session: editor submits, the mayor's office
 * records the hearing, the editor resubmits, head and mayor's office approve, the planning division publishes, and
 * only then does the public see it; a later edit stays a draft while the public keeps reading what was published.
 */
@IntegrationTest
class SheetWorkflowPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	Workflows workflows;

	private TestUsers users;

	private String department;

	private UUID id;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
		department = WebTestSupport.unique("手続部");
		id = store.save(SampleSheets.full(department, 2024), List.of(), "seed.txt", Change.importBy(null, "取込")).id();
	}

	private WebTestSupport as(TestUsers.TestUser user) throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(user);
		return web;
	}

	private WebTestSupport.Response step(WebTestSupport web, String step, String comment) throws Exception {
		return web.postUrlEncoded("/sheets/" + id + "/steps",
				"step=" + step + "&comment=" + WebTestSupport.encode(comment) + "&asOf=2024-04-01");
	}

	private SheetStatus status() {
		return workflows.state(id).orElseThrow().status();
	}

	@Test
	void theWholeCycleThroughThePagesAndOnlyThePublishedVersionIsPublic() throws Exception {
		WebTestSupport editor = as(users.editor(department));
		WebTestSupport head = as(users.create(EnumSet.of(Role.HEAD), TestUsers.MUNICIPALITY, List.of(department)));
		WebTestSupport mayor = as(users.create(EnumSet.of(Role.EXECUTIVE), TestUsers.MUNICIPALITY, List.of()));
		WebTestSupport admin = as(users.admin());
		WebTestSupport publicReader = new WebTestSupport(port);

		assertThat(publicReader.get("/sheets/" + id).status()).as("a draft is not public").isEqualTo(404);
		assertThat(publicReader.get("/").body()).doesNotContain(department);
		assertThat(editor.get("/").document().select(".sheet-list tr:contains(" + department + ")").text()).contains("下書き");

		Document page = editor.get("/sheets/" + id + "/workflow").document();
		assertThat(page.select("form.step-form button").eachText()).containsExactly("提出を行う");
		WebTestSupport.Response submitted = step(editor, "SUBMIT", "ご確認ください");
		assertThat(submitted.status()).isEqualTo(302);
		assertThat(editor.follow(submitted).body()).contains("提出を行いました。");
		assertThat(status()).isEqualTo(SheetStatus.SUBMITTED);

		SheetData sheet = store.find(id).orElseThrow();
		UUID goal = sheet.annualGoals().get(0).id();
		Document mayorPage = mayor.get("/sheets/" + id + "/workflow").document();
		assertThat(mayorPage.select("form.hearing-form")).hasSize(1);
		assertThat(mayorPage.select("label[for=goal-" + goal + "]").text()).startsWith("目標1");
		WebTestSupport.Response heard = mayor.postUrlEncoded("/sheets/" + id + "/hearings",
				"heldOn=2024-02-20&participants=" + WebTestSupport.encode("市長、副市長、部長") + "&comment="
						+ WebTestSupport.encode("おおむね了承") + "&goal-" + goal + "=" + WebTestSupport.encode("成果指標を明確に"));
		assertThat(heard.status()).isEqualTo(302);
		assertThat(status()).isEqualTo(SheetStatus.HEARING_HELD);

		assertThat(step(editor, "RESUBMIT", "指標を追記しました").status()).isEqualTo(302);
		assertThat(step(editor, "APPROVE_AS_HEAD", "").status()).as("an editor is not the head").isEqualTo(403);
		assertThat(step(head, "APPROVE_AS_HEAD", "承認します").status()).isEqualTo(302);
		assertThat(status()).isEqualTo(SheetStatus.RESUBMITTED);
		assertThat(step(mayor, "APPROVE_AS_EXECUTIVE", "").status()).isEqualTo(302);
		assertThat(status()).isEqualTo(SheetStatus.APPROVED);
		assertThat(publicReader.get("/sheets/" + id).status()).as("approved is not yet published").isEqualTo(404);

		assertThat(step(admin, "PUBLISH", "公表").status()).isEqualTo(302);
		assertThat(status()).isEqualTo(SheetStatus.PUBLISHED);

		Document record = admin.get("/sheets/" + id + "/workflow").document();
		WebTestSupport.writePreview("workflow.html", record);
		assertThat(record.select("table.list-table tbody th[scope=row]").eachText()).containsSubsequence("提出",
				"ヒアリングの記録", "再提出", "部局長の承認", "市長等の承認", "公表");
		assertThat(record.text()).contains("ご確認ください").contains("成果指標を明確に").contains("市長、副市長、部長");

		WebTestSupport.Response published = publicReader.get("/sheets/" + id);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.document().select("table.sheet-header").text()).contains("作成基準日")
			.contains("令和6年4月1日（2024年4月1日）");
		assertThat(published.document().select(".sheet-state")).as("the public sees no workflow").isEmpty();
		assertThat(publicReader.get("/").body()).contains(department);

		// a later edit is a new draft: staff read it, the public keeps reading the published version
		store.save(SampleSheets.withTitle(sheet, 0, "修正後の目標"), List.of(), null, Change.edit(null, "編集", 1));
		assertThat(status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(publicReader.get("/sheets/" + id).body()).doesNotContain("修正後の目標")
			.contains(sheet.annualGoals().get(0).title());
		assertThat(editor.get("/sheets/" + id).body()).contains("修正後の目標").contains("公表中の版は第1版です");
	}

	@Test
	void stepsTheCycleOrTheRoleDoesNotAllowAreRefusedAndChangeNothing() throws Exception {
		WebTestSupport admin = as(users.admin());
		WebTestSupport viewer = as(users.viewer());
		WebTestSupport otherEditor = as(users.editor(WebTestSupport.unique("他部")));

		WebTestSupport.Response unapproved = step(admin, "PUBLISH", "");
		assertThat(unapproved.status()).isEqualTo(409);
		assertThat(unapproved.document().select("[role=alert]").text()).contains("承認されていないシートは公表できません");
		assertThat(step(viewer, "SUBMIT", "").status()).isEqualTo(403);
		assertThat(step(otherEditor, "SUBMIT", "").status()).isEqualTo(403);
		assertThat(step(admin, "NO_SUCH_STEP", "").status()).isEqualTo(400);
		assertThat(viewer.get("/sheets/" + id + "/workflow").document().select("form.step-form")).isEmpty();
		assertThat(status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(workflows.steps(id)).isEmpty();

		WebTestSupport publicReader = new WebTestSupport(port);
		assertThat(publicReader.get("/sheets/" + id + "/workflow").status()).isIn(302, 401, 404);
		assertThat(publicReader.postUrlEncoded("/sheets/" + id + "/steps", "step=SUBMIT").status()).isIn(302, 401, 403);
		WebTestSupport editor = as(users.editor(department));
		editor.dropCsrfToken();
		assertThat(step(editor, "SUBMIT", "").status()).as("no CSRF token").isEqualTo(403);
		assertThat(status()).isEqualTo(SheetStatus.DRAFT);
	}

	@Test
	void theNextYearStartsAsACopyWithTheReviewClearedAndLastYearsIssuesBesideEachGoal() throws Exception {
		SheetData sheet = store.find(id).orElseThrow();
		List<org.mokuhyo.sheet.AnnualGoal> goals = new java.util.ArrayList<>(sheet.annualGoals());
		org.mokuhyo.sheet.AnnualGoal first = goals.get(0);
		goals.set(0, new org.mokuhyo.sheet.AnnualGoal(first.id(), first.number(), first.title(), first.priority(),
				first.items(), first.planLinks(), first.policyLinks(),
				new org.mokuhyo.sheet.Review("講座を12回開いた。", "若い世代の参加が少ない。")));
		store.save(new SheetData(sheet.id(), sheet.version(), sheet.municipality(), sheet.municipalityCode(),
				sheet.fiscalYear(), sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(), goals,
				sheet.midTermGoals()), List.of(), null, Change.edit(null, "編集", 1));
		WebTestSupport viewer = as(users.viewer());
		assertThat(viewer.postUrlEncoded("/sheets/" + id + "/next-year", "").status()).isEqualTo(403);
		WebTestSupport editor = as(users.editor(department));
		assertThat(editor.get("/sheets/" + id + "/workflow").document().select("form.next-year-form button").text())
			.isEqualTo("令和7年度（2025年度）のシートを作成する");

		WebTestSupport.Response created = editor.postUrlEncoded("/sheets/" + id + "/next-year", "");

		assertThat(created.status()).isEqualTo(302);
		UUID next = UUID.fromString(created.location().replaceAll(".*/sheets/", ""));
		SheetData copy = store.find(next).orElseThrow();
		assertThat(copy.fiscalYear()).isEqualTo(2025);
		assertThat(copy.annualGoals()).extracting(org.mokuhyo.sheet.AnnualGoal::title)
			.isEqualTo(goals.stream().map(org.mokuhyo.sheet.AnnualGoal::title).toList());
		assertThat(copy.annualGoals()).allSatisfy(g -> assertThat(g.review())
			.isEqualTo(org.mokuhyo.sheet.Review.PENDING));
		assertThat(copy.annualGoals().get(0).planLinks()).isEqualTo(first.planLinks());
		assertThat(copy.annualGoals().get(0).id()).isNotEqualTo(first.id());
		assertThat(workflows.state(next).orElseThrow().status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(store.versions(next).get(0).reason()).isEqualTo("next-year");

		Document page = editor.follow(created).document();
		assertThat(page.text()).contains("次年度のシートを下書きとして作成しました");
		assertThat(page.select("#goal-" + first.number() + " .previous-issues").text()).contains("若い世代の参加が少ない。");
		assertThat(new WebTestSupport(port).get("/sheets/" + next).status()).as("a draft").isEqualTo(404);

		WebTestSupport.Response again = editor.postUrlEncoded("/sheets/" + id + "/next-year", "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.document().select("[role=alert]").text()).contains("すでにあります");
	}
}
