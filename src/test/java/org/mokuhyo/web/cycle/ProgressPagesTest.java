package org.mokuhyo.web.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.Quarter;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 進行管理 through its pages with real sessions: an editor saves a quarter, reads it back with the roll-up; wrong
 * input is refused with nothing saved; other staff read but cannot save; the public sees nothing; the page of due
 * updates per department.
 */
@IntegrationTest
class ProgressPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	Progresses progresses;

	@Autowired
	Clock clock;

	private TestUsers users;

	private String department;

	private UUID id;

	private SheetData sheet;

	// the sample's actions: goal 1 (1)① whole year, (1)② with targets, (2) unlabelled; goal 2 (1)①
	private Action first;

	private Action withTargets;

	private Action unlabelled;

	private Action goal2;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
		department = WebTestSupport.unique("進行部");
		id = save(department, 2024);
		sheet = store.find(id).orElseThrow();
		first = sheet.annualGoals().get(0).items().get(0).actions().get(0);
		withTargets = sheet.annualGoals().get(0).items().get(0).actions().get(1);
		unlabelled = sheet.annualGoals().get(0).items().get(1).actions().get(0);
		goal2 = sheet.annualGoals().get(1).items().get(0).actions().get(0);
	}

	private UUID save(String dept, int fiscalYear) {
		return store.save(SampleSheets.full(dept, fiscalYear), List.of(), "seed.txt", Change.importBy(null, "取込")).id();
	}

	private WebTestSupport as(TestUsers.TestUser user) throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(user);
		return web;
	}

	/** The form as the page sends it: every row's version field, then the given fields. */
	private String form(int quarter, String... fields) {
		List<String> parts = new ArrayList<>();
		parts.add("quarter=" + quarter);
		for (Action action : List.of(first, withTargets, unlabelled, goal2)) {
			parts.add("version-" + action.id() + "=");
		}
		for (int i = 0; i < fields.length; i += 2) {
			parts.add(fields[i] + "=" + WebTestSupport.encode(fields[i + 1]));
		}
		return String.join("&", parts);
	}

	private String progressUrl() {
		return "/sheets/" + id + "/progress";
	}

	@Test
	void anEditorSavesTheFirstQuarterAndReadsItBackWithTheRollUp() throws Exception {
		WebTestSupport editor = as(users.editor(department));
		Document empty = editor.get(progressUrl() + "?quarter=1").document();
		assertThat(empty.select("form.progress-form")).hasSize(1);
		assertThat(empty.select("label[for=actual-" + withTargets.id() + "--1-0]").text()).isEqualTo("参加者数4,000人");
		assertThat(empty.select("label[for=actual-" + withTargets.id() + "-0-0]").text()).isEqualTo("10,000人/年");
		assertThat(empty.select("label[for=status-" + first.id() + "]").text()).contains("進捗状況");
		assertThat(empty.select(".progress-summary dd").first().text()).startsWith("未報告");

		WebTestSupport.Response saved = editor.postUrlEncoded(progressUrl(), form(1,
				"status-" + first.id(), "DONE",
				"status-" + withTargets.id(), "AT_RISK",
				"comment-" + withTargets.id(), "講師の確保が遅れています",
				"actual-" + withTargets.id() + "--1-0", "１，２００",
				"actual-" + withTargets.id() + "-0-0", "3500",
				"status-" + unlabelled.id(), "ON_TRACK"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith(progressUrl() + "?quarter=1");

		Document page = editor.follow(saved).document();
		assertThat(page.select("[role=status]").text()).isEqualTo("第1四半期（4月〜6月）の進捗を保存しました。");
		assertThat(page.select("#status-" + withTargets.id() + " option[selected]").val()).isEqualTo("AT_RISK");
		assertThat(page.select("#status-" + first.id() + " option[selected]").val()).isEqualTo("DONE");
		assertThat(page.select("#comment-" + withTargets.id()).text()).isEqualTo("講師の確保が遅れています");
		assertThat(page.select("#actual-" + withTargets.id() + "--1-0").val()).isEqualTo("1200");
		assertThat(page.select("#actual-" + withTargets.id() + "-0-0").val()).isEqualTo("3500");
		assertThat(page.select("#status-" + goal2.id() + " option[selected]").val()).isEmpty();
		// goal 1: the worst of 完了, 遅れ気味, 順調; goal 2: nothing reported; the sheet: the worst of 遅れ気味 and
		// goal 2 counted as 未着手 (goal 3 has no actions and is left out)
		List<String> summary = page.select(".progress-summary dd").eachText();
		assertThat(summary.get(0)).startsWith("遅れ気味").contains("完了した目標 0/2");
		assertThat(summary.get(1)).startsWith("遅れ気味").contains("完了した取組み 1/3");
		assertThat(summary.get(2)).startsWith("未報告");
		assertThat(page.text()).contains("試験 "); // who saved it

		assertThat(progresses.of(id, 1)).hasSize(3);
		assertThat(progresses.of(id, 2)).as("other quarters untouched").isEmpty();

		// a second save from the versions the page showed changes the row; a blank row withdraws its update
		Document again = editor.get(progressUrl() + "?quarter=1").document();
		String version = again.select("input[name=version-" + withTargets.id() + "]").val();
		assertThat(version).isEqualTo("1");
		WebTestSupport.Response changed = editor.postUrlEncoded(progressUrl(),
				"quarter=1&version-" + withTargets.id() + "=1&status-" + withTargets.id() + "=DELAYED"
						+ "&version-" + first.id() + "=1&status-" + first.id() + "=");
		assertThat(changed.status()).isEqualTo(302);
		assertThat(progresses.of(id, 1).get(withTargets.id()).status().label()).isEqualTo("遅延");
		assertThat(progresses.of(id, 1).get(withTargets.id()).actuals()).isEmpty();
		assertThat(progresses.of(id, 1)).doesNotContainKey(first.id());

		// a save from a page older than the saved row is refused as a whole
		WebTestSupport.Response stale = editor.postUrlEncoded(progressUrl(),
				"quarter=1&version-" + withTargets.id() + "=1&status-" + withTargets.id() + "=DONE"
						+ "&version-" + goal2.id() + "=&status-" + goal2.id() + "=ON_TRACK");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.document().select("[role=alert]").text()).contains("ほかの人が先に更新しました");
		assertThat(progresses.of(id, 1)).doesNotContainKey(goal2.id());
	}

	@Test
	void wrongInputIsRefusedRowByRowAndNothingIsSaved() throws Exception {
		WebTestSupport editor = as(users.editor(department));
		WebTestSupport.Response refused = editor.postUrlEncoded(progressUrl(), form(2,
				"status-" + first.id(), "DONE",
				"comment-" + withTargets.id(), "状況を選び忘れ",
				"actual-" + withTargets.id() + "--1-0", "たくさん",
				"status-" + unlabelled.id(), "ON_TRACK",
				"actual-" + unlabelled.id() + "--1-0", "1"));
		assertThat(refused.status()).isEqualTo(400);
		Document page = refused.document();
		List<String> errors = page.select("[role=alert] li").eachText();
		assertThat(errors).anySatisfy(e -> assertThat(e).contains("(1)② 出前講座等の実施").contains("進捗状況を選んでください"));
		assertThat(errors).anySatisfy(e -> assertThat(e).contains("「参加者数4,000人」の実績値は0以上の数値で入力してください"));
		assertThat(page.select("#comment-" + withTargets.id()).text()).as("what was typed stays").isEqualTo("状況を選び忘れ");
		assertThat(page.select("#actual-" + withTargets.id() + "--1-0").val()).isEqualTo("たくさん");
		assertThat(progresses.of(id, 2)).as("the valid rows are not saved either").isEmpty();

		assertThat(editor.postUrlEncoded(progressUrl(), form(5, "status-" + first.id(), "DONE")).status()).isEqualTo(400);
		assertThat(editor.postUrlEncoded(progressUrl(), form(2, "status-" + first.id(), "FINISHED")).status())
			.isEqualTo(400);
		assertThat(editor.postUrlEncoded(progressUrl(), form(2, "status-" + first.id(), "DONE",
				"actual-" + withTargets.id() + "--1-0", "-3", "status-" + withTargets.id(), "ON_TRACK")).status())
			.isEqualTo(400);
		assertThat(progresses.of(id, 2)).isEmpty();
	}

	@Test
	void otherStaffReadButCannotSaveAndThePublicSeesNothing() throws Exception {
		WebTestSupport editor = as(users.editor(department));
		assertThat(editor.postUrlEncoded(progressUrl(), form(1, "status-" + first.id(), "ON_TRACK",
				"comment-" + first.id(), "予定どおり")).status()).isEqualTo(302);

		WebTestSupport viewer = as(users.viewer());
		WebTestSupport.Response read = viewer.get(progressUrl() + "?quarter=1");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.document().select("form.progress-form")).isEmpty();
		assertThat(read.document().select("table.progress-table").text()).contains("順調").contains("予定どおり");
		assertThat(viewer.postUrlEncoded(progressUrl(), form(1, "status-" + first.id(), "DONE")).status())
			.isEqualTo(403);

		WebTestSupport other = as(users.editor(WebTestSupport.unique("別の部")));
		assertThat(other.get(progressUrl() + "?quarter=1").document().select("form.progress-form")).isEmpty();
		assertThat(other.postUrlEncoded(progressUrl(), form(1, "status-" + first.id(), "DONE")).status())
			.isEqualTo(403);

		WebTestSupport admin = as(users.admin());
		assertThat(admin.get(progressUrl() + "?quarter=1").document().select("form.progress-form")).hasSize(1);

		assertThat(progresses.of(id, 1).get(first.id()).status().label()).as("unchanged").isEqualTo("順調");

		WebTestSupport publicReader = new WebTestSupport(port);
		WebTestSupport.Response anonymous = publicReader.get(progressUrl() + "?quarter=1");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/login");
		assertThat(publicReader.get("/progress/due").location()).contains("/login");
		assertThat(viewer.get("/sheets/" + UUID.randomUUID() + "/progress").status()).isEqualTo(404);
		assertThat(viewer.get(progressUrl() + "?quarter=9").status()).isEqualTo(400);
	}

	@Test
	void theDueUpdatesOfTheCurrentQuarterPerDepartment() throws Exception {
		Quarter now = Quarter.of(LocalDate.now(clock));
		UUID current = save(department, now.fiscalYear());
		SheetData currentSheet = store.find(current).orElseThrow();
		UUID action = currentSheet.annualGoals().get(0).items().get(0).actions().get(0).id();

		String link = "/sheets/" + current + "/progress?quarter=" + now.number();
		WebTestSupport editor = as(users.editor(department));
		Document due = editor.get("/progress/due").document();
		assertThat(row(due, link)).contains(department).contains(now.label()).contains("4件（全4件中）");

		assertThat(editor.postUrlEncoded("/sheets/" + current + "/progress", "quarter=" + now.number()
				+ "&version-" + action + "=&status-" + action + "=ON_TRACK").status()).isEqualTo(302);
		assertThat(row(editor.get("/progress/due").document(), link)).contains("3件（全4件中）");
		if (now.number() > 1) {
			// the previous quarter's update of this year's sheet is missing too: listed, late once its day is past
			String previous = "/sheets/" + current + "/progress?quarter=" + (now.number() - 1);
			String text = row(editor.get("/progress/due").document(), previous);
			assertThat(text).contains("4件（全4件中）");
			if (now.previous().dueDate().isBefore(LocalDate.now(clock))) {
				assertThat(text).contains("期限超過");
			}
		}

		WebTestSupport other = as(users.editor(WebTestSupport.unique("別の部")));
		assertThat(other.get("/progress/due").body()).doesNotContain(department);
		WebTestSupport admin = as(users.admin());
		Document all = admin.get("/progress/due").document();
		assertThat(all.text()).contains("すべての部局");
		assertThat(row(all, link)).contains(department);
	}

	/** The text of the due table's row linking to {@code href}. */
	private static String row(Document page, String href) {
		var a = page.selectFirst("table.due-table tbody tr a[href=" + href + "]");
		assertThat(a).as("a row linking to " + href).isNotNull();
		return a.closest("tr").text();
	}
}
