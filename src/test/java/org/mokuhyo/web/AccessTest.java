package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers.TestUser;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport.Response;
import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may do what on the pages, over HTTP against the running application: signing in and out, CSRF tokens, the
 * public's read-only pages (no session, no token, shareable), and the import by role and department.
 */
@IntegrationTest
class AccessTest {

	@LocalServerPort
	int port;

	@Autowired
	Workflows workflows;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	JdbcClient jdbc;

	private TestUsers users;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
	}

	private WebTestSupport browser() {
		return new WebTestSupport(port);
	}

	/** The published seed as the sheet of another department (of 豊中市, the default municipality). */
	private static Multipart seedOf(String department) {
		byte[] content = SeedFixture.text()
			.replace("部局\t市民協働部", "部局\t" + department)
			.getBytes(StandardCharsets.UTF_8);
		return new Multipart().file("file", "seed.txt", "text/plain", content).field("fiscalYear", "2024");
	}

	private int sheetsOf(String department) {
		return store.list(null, department).size();
	}

	@Test
	void signingInWithTheRightPasswordOnlyAndOneMessageForEveryFailure() throws Exception {
		TestUser viewer = users.viewer();
		WebTestSupport web = browser();

		Document form = web.get("/login").document();
		assertThat(form.selectFirst("h1").text()).isEqualTo("ログイン");
		assertThat(form.select("label[for=login-username]").text()).isEqualTo("ユーザー名");
		assertThat(form.select("label[for=login-password]").text()).isEqualTo("パスワード");
		assertThat(form.selectFirst("#login-password").attr("type")).isEqualTo("password");

		for (String[] attempt : List.of(new String[] { viewer.username(), "wrong-password-123" },
				new String[] { "nobody-" + viewer.username(), TestUsers.PASSWORD },
				new String[] { viewer.username(), "" })) {
			Response failed = web.submitLogin(attempt[0], attempt[1]);
			assertThat(failed.status()).isEqualTo(302);
			assertThat(failed.location()).endsWith("/login?error");
			Document again = web.follow(failed).document();
			assertThat(again.select("[role=alert]").text()).isEqualTo("ユーザー名またはパスワードが正しくありません。");
		}

		Response signedIn = web.submitLogin(viewer.username().toUpperCase(), viewer.password());
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).endsWith("/");
		Document home = web.follow(signedIn).document();
		assertThat(home.selectFirst("header .site-user-name").text()).isEqualTo("試験 " + viewer.username());
		assertThat(home.select("header form[action=/logout] button").text()).isEqualTo("ログアウト");
		assertThat(home.select("header a[href=/login]")).isEmpty();
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		WebTestSupport web = browser();
		web.signIn(users.viewer());
		assertThat(web.get("/account/password").status()).isEqualTo(200);

		Response out = web.signOut();

		assertThat(out.status()).isEqualTo(302);
		assertThat(out.location()).endsWith("/login?logout");
		assertThat(web.follow(out).document().select("[role=status]").text()).isEqualTo("ログアウトしました。");
		Response closed = web.get("/account/password");
		assertThat(closed.status()).isEqualTo(302);
		assertThat(closed.location()).endsWith("/login");
		assertThat(web.get("/").document().select("header a[href=/login]").text()).isEqualTo("ログイン");
	}

	@Test
	void aFormPostedWithoutItsTokenIsRefusedAndStoresNothing() throws Exception {
		String department = WebTestSupport.unique("偽造確認部");
		WebTestSupport web = browser();
		web.signIn(users.admin());
		web.dropCsrfToken();

		Response forged = web.post("/import", seedOf(department));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.document().selectFirst("h1").text()).isEqualTo("アクセスできません");
		assertThat(web.postUrlEncoded("/logout", "").status()).isEqualTo(403);
		assertThat(sheetsOf(department)).isZero();
	}

	@Test
	void thePublicReadsWithoutASessionAndCannotImport() throws Exception {
		SavedSheet saved = store.save(SampleSheets.shimin(WebTestSupport.unique("公開確認部")),
				SampleSheets.warnings(), "public.txt");
		workflows.take(saved.id(), Step.IMPORT_PUBLISHED, Actor.commandLine(), null, null);
		WebTestSupport web = browser();

		Response list = web.get("/");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(list.document().select("form.import-form, #import, input[name=_csrf]")).isEmpty();
		assertThat(list.document().select("header a[href=/login]").text()).isEqualTo("ログイン");
		assertThat(list.document().select(".sheet-list th").eachText()).doesNotContain("取込み時の注意");

		Response sheet = web.get("/sheets/" + saved.id());
		assertThat(sheet.status()).isEqualTo(200);
		assertThat(sheet.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(sheet.body()).doesNotContain("_csrf").doesNotContain("ログアウト");
		Document page = sheet.document();
		assertThat(page.select("#warnings")).isEmpty();
		assertThat(page.text()).doesNotContain("取込み時の注意").doesNotContain("UNPLACED_TEXT").doesNotContain("※詳細は別紙");
		// the public answer may be kept by browsers and revalidated with its ETag
		String etag = sheet.headers().firstValue("ETag").orElseThrow();
		assertThat(sheet.headers().firstValue("Cache-Control")).hasValue("no-cache");
		Response again = web.get("/sheets/" + saved.id());
		assertThat(again.body()).isEqualTo(sheet.body());
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);

		// no form, no token: refused before anything is read
		String department = WebTestSupport.unique("匿名取込部");
		assertThat(web.post("/import", seedOf(department)).status()).isEqualTo(403);
		// with the token of the sign-in page (a session of its own): sent to sign in
		WebTestSupport withToken = browser();
		String token = WebTestSupport.formToken(withToken.get("/login"));
		Response toLogin = withToken.post("/import", seedOf(department).field("_csrf", token));
		assertThat(toLogin.status()).isEqualTo(302);
		assertThat(toLogin.location()).endsWith("/login");
		assertThat(sheetsOf(department)).isZero();
	}

	@Test
	void staffSeeTheWarningsAndTheirPagesAreNeverStoredByCaches() throws Exception {
		SavedSheet saved = store.save(SampleSheets.shimin(WebTestSupport.unique("職員確認部")),
				SampleSheets.warnings(), "staff.txt");
		String anonymous = browser().get("/sheets/" + saved.id()).body(); // the shared cache now holds this one

		WebTestSupport web = browser();
		web.signIn(users.viewer());
		Response staff = web.get("/sheets/" + saved.id());

		assertThat(staff.body()).isNotEqualTo(anonymous);
		assertThat(staff.document().select("#warnings tbody tr")).hasSize(2);
		assertThat(staff.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(browser().get("/sheets/" + saved.id()).document().select("#warnings")).isEmpty();
	}

	@Test
	void aViewerCannotImport() throws Exception {
		String department = WebTestSupport.unique("閲覧者取込部");
		WebTestSupport web = browser();
		web.signIn(users.viewer());

		assertThat(web.get("/").document().select("form.import-form")).isEmpty();
		Response refused = web.post("/import", seedOf(department));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(sheetsOf(department)).isZero();
	}

	@Test
	void anEditorImportsTheSheetsOfTheirOwnDepartmentsOnly() throws Exception {
		String own = WebTestSupport.unique("担当部");
		String other = WebTestSupport.unique("他部");
		users.editor(other); // the other department exists, assigned to someone else
		String unknown = WebTestSupport.unique("新設部");
		WebTestSupport web = browser();
		web.signIn(users.editor(own));

		assertThat(web.get("/").document().select("form.import-form")).hasSize(1);
		Response stored = web.post("/import", seedOf(own));
		assertThat(stored.status()).as(stored.body()).isEqualTo(302);
		assertThat(stored.location()).matches(".*/sheets/[0-9a-f-]{36}$");
		assertThat(sheetsOf(own)).isEqualTo(1);

		for (String department : List.of(other, unknown)) {
			Response refused = web.post("/import", seedOf(department));
			assertThat(refused.status()).as(department).isEqualTo(403);
			assertThat(refused.document().select("#import-error[role=alert]").text()).contains("取り込めませんでした")
				.contains("部局「" + department + "」のシートを取り込む権限がありません");
			assertThat(sheetsOf(department)).isZero();
		}
		assertThat(jdbc.sql("select count(*) from department where name = ?").param(unknown).query(Integer.class).single())
			.as("a refused import creates no department").isZero();
	}

	@Test
	void theAdministrationPagesAreForAdministratorsOnly() throws Exception {
		Response anonymous = browser().get("/admin/users");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).endsWith("/login");

		for (TestUser user : List.of(users.viewer(), users.editor(WebTestSupport.unique("管理確認部")),
				users.create(EnumSet.of(Role.HEAD, Role.EXECUTIVE), TestUsers.MUNICIPALITY,
						List.of(WebTestSupport.unique("部長確認部"))))) {
			WebTestSupport web = browser();
			web.signIn(user);
			assertThat(web.get("/admin/users").status()).isEqualTo(403);
			assertThat(web.get("/admin/users/new").status()).isEqualTo(403);
			assertThat(web.postUrlEncoded("/admin/users", "username=intruder&displayName=x&password=xxxxxxxxxxxxxx&roles=ADMIN")
				.status()).isEqualTo(403);
			assertThat(web.get("/").document().select("header a[href=/admin/users]")).isEmpty();
		}
		assertThat(accounts.findByUsername("intruder")).isEmpty();

		WebTestSupport admin = browser();
		admin.signIn(users.admin());
		assertThat(admin.get("/admin/users").status()).isEqualTo(200);
		assertThat(admin.get("/").document().select("header a[href=/admin/users]").text()).isEqualTo("ユーザー管理");
	}

	@Test
	void thereIsNoDefaultAccount() throws Exception {
		WebTestSupport web = browser();
		for (String name : List.of("admin", "administrator", "user", "mokuhyo", "root")) {
			for (String password : List.of(name, "password", "admin", "changeme", "mokuhyo", "")) {
				assertThat(web.submitLogin(name, password).location()).as(name + "/" + password).endsWith("/login?error");
			}
		}
	}

	@Test
	void aDisabledAccountIsSignedOutAtOnceAndChangedRolesApplyAtOnce() throws Exception {
		TestUser editor = users.editor(WebTestSupport.unique("即時反映部"));
		WebTestSupport web = browser();
		web.signIn(editor);
		assertThat(web.get("/").document().select("form.import-form")).hasSize(1);

		accounts.update(editor.id(), "試験 " + editor.username(), EnumSet.of(Role.VIEWER), java.util.Set.of());
		assertThat(web.get("/").document().select("form.import-form")).isEmpty();

		accounts.setEnabled(editor.id(), false);
		Response out = web.get("/account/password");
		assertThat(out.status()).isEqualTo(302);
		assertThat(out.location()).endsWith("/login");
		assertThat(browser().submitLogin(editor.username(), editor.password()).location()).endsWith("/login?error");
	}

	@Test
	void repeatedFailuresLockTheNameForAWhile() throws Exception {
		TestUser viewer = users.viewer();
		WebTestSupport web = browser();
		for (int i = 0; i < 10; i++) {
			assertThat(web.submitLogin(viewer.username(), "wrong-password-" + i).location()).endsWith("/login?error");
		}

		Response locked = web.submitLogin(viewer.username(), viewer.password());

		assertThat(locked.location()).endsWith("/login?locked");
		assertThat(web.follow(locked).document().select("[role=alert]").text()).contains("一時的にログインできません");
		// a name nobody has is locked alike: the lock tells nothing about which accounts exist
		String nobody = "nobody-" + viewer.username();
		for (int i = 0; i < 10; i++) {
			web.submitLogin(nobody, "wrong-password-" + i);
		}
		assertThat(web.submitLogin(nobody, "any-password-123").location()).endsWith("/login?locked");
	}
}
