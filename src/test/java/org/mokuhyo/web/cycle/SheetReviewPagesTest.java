package org.mokuhyo.web.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.kernel.FiscalYear;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Phase;
import org.mokuhyo.workflow.SheetStatus;
import org.mokuhyo.workflow.SheetWorkflow;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The year-end review through its pages: opened on the published plan from the fourth quarter, written per goal and
 * for the policy, submitted, approved by head and mayor's office and published without a hearing; the public reads
 * the plan until the review is published, then the review. Refusals: before the fourth quarter, before the plan is
 * published, under review, too long, someone else's save first, and anyone but the department's editors.
 */
@IntegrationTest
class SheetReviewPagesTest {

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

	@Autowired
	Clock clock;

	private TestUsers users;

	private String department;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
		department = WebTestSupport.unique("振返部");
	}

	/** A published sheet of a fiscal year whose fourth quarter has begun. */
	private UUID publishedPastYear() {
		return Publish.publish(workflows, store.save(SampleSheets.full(department, 2023), List.of(), "r.txt").id());
	}

	private WebTestSupport as(TestUsers.TestUser user) throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(user);
		return web;
	}

	private static String reviewForm(SheetData sheet, int baseVersion, String results, String issues, String summary) {
		StringBuilder form = new StringBuilder("baseVersion=" + baseVersion);
		for (AnnualGoal goal : sheet.annualGoals()) {
			form.append("&results-").append(goal.id()).append('=').append(WebTestSupport.encode(results + goal.number()));
			form.append("&issues-").append(goal.id()).append('=').append(WebTestSupport.encode(issues + goal.number()));
		}
		return form.append("&summary=").append(WebTestSupport.encode(summary)).toString();
	}

	private SheetWorkflow state(UUID id) {
		return workflows.state(id).orElseThrow();
	}

	@Test
	void theReviewIsWrittenApprovedAndPublishedAndOnlyThenPublic() throws Exception {
		UUID id = publishedPastYear();
		WebTestSupport editor = as(users.editor(department));
		WebTestSupport head = as(users.create(EnumSet.of(Role.HEAD), TestUsers.MUNICIPALITY, List.of(department)));
		WebTestSupport mayor = as(users.create(EnumSet.of(Role.EXECUTIVE), TestUsers.MUNICIPALITY, List.of()));
		WebTestSupport admin = as(users.admin());
		WebTestSupport publicReader = new WebTestSupport(port);

		Document before = editor.get("/sheets/" + id + "/review").document();
		assertThat(before.select("form.review-form")).isEmpty();
		assertThat(before.select("button:contains(振り返りを始める)")).hasSize(1);
		assertThat(editor.postUrlEncoded("/sheets/" + id + "/review",
				reviewForm(store.find(id).orElseThrow(), 1, "実績", "課題", "総括")).status())
			.as("not before the review is opened").isEqualTo(422);

		WebTestSupport.Response started = editor.postUrlEncoded("/sheets/" + id + "/review/start", "");
		assertThat(started.status()).isEqualTo(302);
		assertThat(state(id).phase()).isEqualTo(Phase.REVIEW);
		assertThat(state(id).status()).isEqualTo(SheetStatus.DRAFT);
		Document form = editor.follow(started).document();
		assertThat(form.select(".notice-success").text()).contains("振り返りを始めました");

		SheetData sheet = store.find(id).orElseThrow();
		int goals = sheet.annualGoals().size();
		assertThat(form.select("form.review-form textarea[name^=results-]")).hasSize(goals);
		int base = Integer.parseInt(form.select("input[name=baseVersion]").val());
		WebTestSupport.Response saved = editor.postUrlEncoded("/sheets/" + id + "/review",
				reviewForm(sheet, base, "講座を12回開催し延べ340人が参加。", "担い手の固定化。新たな層への周知を進める。", "おおむね目標を達成した。"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(editor.follow(saved).body()).contains("振り返りを保存しました。");
		SheetData written = store.find(id).orElseThrow();
		assertThat(written.annualGoals().get(0).review().results()).isEqualTo("講座を12回開催し延べ340人が参加。1");
		assertThat(written.annualGoals().get(goals - 1).review().issues()).isEqualTo("担い手の固定化。新たな層への周知を進める。" + goals);
		assertThat(written.policy().summary()).isEqualTo("おおむね目標を達成した。");
		assertThat(written.missions()).isEqualTo(sheet.missions());

		Document basics = editor.get("/sheets/" + id + "/edit/basics").document();
		assertThat(basics.text()).contains("振り返りの間は、使命・方針・目標・中期目標は編集できません");
		WebTestSupport.Response planEdit = editor.postUrlEncoded("/sheets/" + id + "/edit/basics", "baseVersion="
				+ written.version() + "&missions=" + WebTestSupport.encode("振り返り中に書き換えた使命"));
		assertThat(planEdit.status()).as("the plan under review is left alone").isEqualTo(422);
		assertThat(store.find(id).orElseThrow().version()).isEqualTo(written.version());

		assertThat(publicReader.get("/sheets/" + id).body()).as("the public reads the published plan")
			.doesNotContain("講座を12回開催").contains("未記載");

		Document workflow = editor.get("/sheets/" + id + "/workflow").document();
		assertThat(workflow.select("form.step-form button").eachText()).contains("振り返りの提出を行う");
		assertThat(workflow.select("a[href$=/review]")).hasSize(1);
		assertThat(editor.postUrlEncoded("/sheets/" + id + "/steps", "step=SUBMIT&comment=").status()).isEqualTo(302);
		assertThat(editor.postUrlEncoded("/sheets/" + id + "/review",
				reviewForm(store.find(id).orElseThrow(), state(id).version(), "後から", "後から", "後から")).status())
			.as("a submitted review is not edited").isEqualTo(422);
		assertThat(mayor.postUrlEncoded("/sheets/" + id + "/hearings",
				"heldOn=2025-03-01&participants=" + WebTestSupport.encode("市長")).status())
			.as("the review has no hearing").isEqualTo(409);
		assertThat(head.postUrlEncoded("/sheets/" + id + "/steps", "step=APPROVE_AS_HEAD&comment=").status()).isEqualTo(302);
		assertThat(mayor.postUrlEncoded("/sheets/" + id + "/steps", "step=APPROVE_AS_EXECUTIVE&comment=").status())
			.isEqualTo(302);
		assertThat(state(id).status()).isEqualTo(SheetStatus.APPROVED);
		assertThat(publicReader.get("/sheets/" + id).body()).doesNotContain("講座を12回開催");
		assertThat(admin.postUrlEncoded("/sheets/" + id + "/steps", "step=PUBLISH&comment=&asOf=2024-03-31").status())
			.isEqualTo(302);

		Document published = publicReader.get("/sheets/" + id).document();
		assertThat(published.text()).contains("講座を12回開催し延べ340人が参加。1", "おおむね目標を達成した。");
		assertThat(publicReader.get("/api/v1/sheets/" + id).body()).contains("担い手の固定化。新たな層への周知を進める。1");
		Document record = admin.get("/sheets/" + id + "/workflow").document();
		assertThat(record.select("table.list-table tbody th[scope=row]").eachText()).containsSubsequence("公表済みとして取込み",
				"振り返りの開始", "振り返りの提出", "振り返りの部局長の承認", "振り返りの市長等の承認", "振り返りの公表");
		assertThat(record.select(".status").first().text()).isEqualTo("振り返り：公表済み");
	}

	@Test
	void theReviewDoesNotOpenBeforeTheFourthQuarterNorBeforeThePlanIsPublished() throws Exception {
		int nextYear = FiscalYear.of(LocalDate.now(clock)).startYear() + 1;
		UUID future = Publish.publish(workflows,
				store.save(SampleSheets.full(department, nextYear), List.of(), "f.txt").id());
		UUID draft = store.save(SampleSheets.full(department, 2022), List.of(), "d.txt").id();
		WebTestSupport editor = as(users.editor(department));

		Document page = editor.get("/sheets/" + future + "/review").document();
		assertThat(page.text()).contains("第4四半期（令和" );
		assertThat(page.select("button:contains(振り返りを始める)")).isEmpty();
		WebTestSupport.Response early = editor.postUrlEncoded("/sheets/" + future + "/review/start", "");
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.document().select(".alert").text()).contains("第4四半期", "1月1日");
		assertThat(state(future).phase()).isEqualTo(Phase.PLAN);

		WebTestSupport.Response unpublished = editor.postUrlEncoded("/sheets/" + draft + "/review/start", "");
		assertThat(unpublished.status()).isEqualTo(422);
		assertThat(unpublished.document().select(".alert").text()).contains("公表");
		assertThat(state(draft).phase()).isEqualTo(Phase.PLAN);
	}

	@Test
	void twoEditorsSavingTheSameVersionNeitherOverwritesTheOther() throws Exception {
		UUID id = publishedPastYear();
		WebTestSupport first = as(users.editor(department));
		WebTestSupport second = as(users.editor(department));
		assertThat(first.postUrlEncoded("/sheets/" + id + "/review/start", "").status()).isEqualTo(302);
		SheetData sheet = store.find(id).orElseThrow();
		int base = sheet.version();

		assertThat(first.postUrlEncoded("/sheets/" + id + "/review", reviewForm(sheet, base, "一人目の実績", "一人目の課題", "一人目の総括"))
			.status()).isEqualTo(302);
		WebTestSupport.Response conflict = second.postUrlEncoded("/sheets/" + id + "/review",
				reviewForm(sheet, base, "二人目の実績", "二人目の課題", "二人目の総括"));
		assertThat(conflict.status()).isEqualTo(409);
		Document page = conflict.document();
		assertThat(page.select("#conflict-heading").text()).contains("ほかの人が先に保存しました");
		assertThat(page.select(".compare-table").text()).contains("一人目の実績1");
		assertThat(page.select("textarea[name=summary]").text()).as("what the second typed is kept").isEqualTo("二人目の総括");
		assertThat(store.find(id).orElseThrow().policy().summary()).isEqualTo("一人目の総括");

		// saving again from the form (now based on the current version) is the merge
		int current = Integer.parseInt(page.select("input[name=baseVersion]").val());
		assertThat(current).isEqualTo(base + 1);
		assertThat(second.postUrlEncoded("/sheets/" + id + "/review", reviewForm(sheet, current, "二人目の実績", "二人目の課題",
				"一人目の総括と二人目の総括")).status()).isEqualTo(302);
		assertThat(store.find(id).orElseThrow().policy().summary()).isEqualTo("一人目の総括と二人目の総括");
	}

	@Test
	void tooLongTextAndOtherPeopleAreRefusedAndNothingIsWritten() throws Exception {
		UUID id = publishedPastYear();
		WebTestSupport editor = as(users.editor(department));
		assertThat(editor.postUrlEncoded("/sheets/" + id + "/review/start", "").status()).isEqualTo(302);
		SheetData sheet = store.find(id).orElseThrow();
		int version = sheet.version();

		WebTestSupport.Response tooLong = editor.postUrlEncoded("/sheets/" + id + "/review",
				reviewForm(sheet, version, "あ".repeat(SheetReviewController.MAX_LENGTH + 1), "課題", "総括"));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.document().select(".alert").text()).contains("目標1の実績が長すぎます");
		assertThat(editor.postUrlEncoded("/sheets/" + id + "/review", "baseVersion=x").status()).isEqualTo(400);
		assertThat(store.find(id).orElseThrow().version()).isEqualTo(version);

		WebTestSupport otherEditor = as(users.editor(WebTestSupport.unique("別部")));
		assertThat(otherEditor.get("/sheets/" + id + "/review").status()).isEqualTo(403);
		assertThat(otherEditor.postUrlEncoded("/sheets/" + id + "/review", reviewForm(sheet, version, "x", "y", "z"))
			.status()).isEqualTo(403);
		assertThat(as(users.viewer()).get("/sheets/" + id + "/review").status()).isEqualTo(403);
		assertThat(new WebTestSupport(port).get("/sheets/" + id + "/review").status()).isEqualTo(404);
		assertThat(store.find(id).orElseThrow().version()).isEqualTo(version);
	}
}
