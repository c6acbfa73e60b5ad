package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers.TestUser;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.account.UserAccount;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administration of accounts through its pages (an administrator's browser, post/redirect/get, refusals shown on
 * the form), and a user changing their own password.
 */
@IntegrationTest
class AccountPagesTest {

	private static final String NEW_PASSWORD = "another-password-456";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private TestUsers users;

	private WebTestSupport admin;

	@BeforeEach
	void setUp() throws Exception {
		users = new TestUsers(accounts, organizations);
		admin = new WebTestSupport(port);
		admin.signIn(users.admin());
	}

	private long department(String name) {
		long municipality = organizations.findOrCreateMunicipality(TestUsers.MUNICIPALITY, "272035").id();
		return organizations.findOrCreateDepartment(municipality, name);
	}

	private static String username() {
		return WebTestSupport.unique("staff").replace("-", ".");
	}

	@Test
	void anAdministratorCreatesAnEditorWhoCanThenSignIn() throws Exception {
		String departmentName = WebTestSupport.unique("作成確認部");
		long departmentId = department(departmentName);
		String username = username();

		Document form = admin.get("/admin/users/new").document();
		WebTestSupport.writePreview("admin-user-new.html", form);
		assertThat(form.selectFirst("h1").text()).isEqualTo("ユーザーの追加");
		assertThat(form.select("input[name=roles]").eachAttr("value")).containsExactly("ADMIN", "EDITOR", "HEAD",
				"EXECUTIVE", "VIEWER");
		assertThat(form.select("label[for=role-EDITOR]").text()).isEqualTo("部局編集者");
		Element choice = form.selectFirst("input[name=departments][value=" + departmentId + "]");
		assertThat(choice).isNotNull();
		assertThat(form.select("label[for=department-" + departmentId + "]").text()).isEqualTo(departmentName);
		for (Element input : form.select("form.user-form input:not([type=hidden]):not([type=checkbox])")) {
			assertThat(form.select("label[for=" + input.id() + "]")).as(input.attr("name")).hasSize(1);
		}

		Response created = admin.postUrlEncoded("/admin/users", "username=" + username + "&displayName="
				+ WebTestSupport.encode("豊中 花子") + "&password=" + NEW_PASSWORD + "&roles=EDITOR&departments="
				+ departmentId);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		assertThat(created.location()).endsWith("/admin/users");
		Document list = admin.follow(created).document();
		WebTestSupport.writePreview("admin-users.html", list);
		assertThat(list.select("[role=status]").text()).isEqualTo("ユーザー「" + username + "」を作成しました。");
		Element row = list.select(".user-list tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th").text().equals(username))
			.findFirst()
			.orElseThrow();
		assertThat(row.select("td").eachText()).containsExactly("豊中 花子", "豊中市", "部局編集者", departmentName, "有効");

		UserAccount stored = accounts.findByUsername(username).orElseThrow();
		assertThat(stored.roles()).containsExactly(Role.EDITOR);
		assertThat(stored.departmentIds()).containsExactly(departmentId);
		WebTestSupport editor = new WebTestSupport(port);
		editor.signIn(username, NEW_PASSWORD);
		assertThat(editor.get("/").document().select("form.import-form")).hasSize(1);
	}

	@Test
	void refusedAccountsShowTheReasonOnTheFormAndStoreNothing() throws Exception {
		TestUser existing = users.viewer();
		String username = username();

		Document shortPassword = refused("username=" + username + "&displayName=x&password=short&roles=VIEWER");
		assertThat(shortPassword.select("[role=alert]").text()).contains("12文字以上");
		assertThat(shortPassword.selectFirst("#user-username").val()).isEqualTo(username);
		assertThat(shortPassword.selectFirst("#user-password").attr("aria-invalid")).isEqualTo("true");
		assertThat(shortPassword.selectFirst("#user-password").val()).as("never sent back").isEmpty();

		assertThat(refused("username=" + existing.username().toUpperCase() + "&displayName=x&password=" + NEW_PASSWORD
				+ "&roles=VIEWER").select("[role=alert]").text()).contains("すでに使われています");
		assertThat(refused("username=" + username + "&displayName=x&password=" + NEW_PASSWORD + "&roles=EDITOR")
			.select("[role=alert]").text()).contains("担当部局を1つ以上");
		assertThat(refused("username=" + username + "&displayName=x&password=" + NEW_PASSWORD)
			.select("[role=alert]").text()).contains("役割を1つ以上");
		assertThat(refused("username=" + username + "&displayName=&password=" + NEW_PASSWORD + "&roles=VIEWER")
			.select("[role=alert]").text()).contains("表示名を入力してください");
		assertThat(refused("username=" + WebTestSupport.encode("山田") + "&displayName=x&password=" + NEW_PASSWORD
				+ "&roles=VIEWER").select("[role=alert]").text()).contains("半角英数字");

		assertThat(accounts.findByUsername(username)).isEmpty();
	}

	private Document refused(String body) throws Exception {
		Response response = admin.postUrlEncoded("/admin/users", body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		return response.document();
	}

	@Test
	void rolesAndDepartmentsChangeDisablingStopsTheSignInAndAResetPasswordWorks() throws Exception {
		String firstName = WebTestSupport.unique("変更前部");
		TestUser user = users.create(EnumSet.of(Role.EDITOR), TestUsers.MUNICIPALITY, List.of(firstName));
		long first = department(firstName);
		long second = department(WebTestSupport.unique("変更後部"));

		Document edit = admin.get("/admin/users/" + user.id()).document();
		assertThat(edit.selectFirst("h1").text()).isEqualTo("ユーザー " + user.username());
		assertThat(edit.selectFirst("#role-EDITOR").hasAttr("checked")).isTrue();
		assertThat(edit.selectFirst("#department-" + first).hasAttr("checked")).isTrue();

		Response changed = admin.postUrlEncoded("/admin/users/" + user.id(), "displayName="
				+ WebTestSupport.encode("新しい 名前") + "&roles=HEAD&roles=VIEWER&departments=" + second);
		assertThat(changed.status()).as(changed.body()).isEqualTo(302);
		assertThat(admin.follow(changed).document().select("[role=status]").text()).isEqualTo("変更を保存しました。");
		UserAccount stored = accounts.find(user.id()).orElseThrow();
		assertThat(stored.displayName()).isEqualTo("新しい 名前");
		assertThat(stored.roles()).containsExactlyInAnyOrder(Role.HEAD, Role.VIEWER);
		assertThat(stored.departmentIds()).containsExactly(second);

		Response disabled = admin.postUrlEncoded("/admin/users/" + user.id() + "/enabled", "enabled=false");
		assertThat(disabled.status()).isEqualTo(302);
		assertThat(accounts.find(user.id()).orElseThrow().enabled()).isFalse();
		assertThat(new WebTestSupport(port).submitLogin(user.username(), user.password()).location())
			.endsWith("/login?error");
		assertThat(admin.postUrlEncoded("/admin/users/" + user.id() + "/enabled", "enabled=true").status())
			.isEqualTo(302);

		Document shortReset = admin.postUrlEncoded("/admin/users/" + user.id() + "/password", "password=short")
			.document();
		assertThat(shortReset.select("[role=alert]").text()).contains("12文字以上");
		Response reset = admin.postUrlEncoded("/admin/users/" + user.id() + "/password", "password=" + NEW_PASSWORD);
		assertThat(reset.status()).isEqualTo(302);
		assertThat(new WebTestSupport(port).submitLogin(user.username(), user.password()).location())
			.endsWith("/login?error");
		new WebTestSupport(port).signIn(user.username(), NEW_PASSWORD);
	}

	@Test
	void anUnknownUserIsNotFound() throws Exception {
		assertThat(admin.get("/admin/users/999999999").status()).isEqualTo(404);
	}

	@Test
	void aUserChangesTheirOwnPassword() throws Exception {
		TestUser user = users.viewer();
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(user);

		Document form = web.get("/account/password").document();
		assertThat(form.selectFirst("h1").text()).isEqualTo("パスワードの変更");
		assertThat(changePassword(web, "wrong-current-pw", NEW_PASSWORD, NEW_PASSWORD, 400)).contains("現在のパスワードが正しくありません");
		assertThat(changePassword(web, user.password(), NEW_PASSWORD, NEW_PASSWORD + "x", 400)).contains("確認用と一致しません");
		assertThat(changePassword(web, user.password(), "short", "short", 400)).contains("12文字以上");

		Response changed = web.postUrlEncoded("/account/password", "currentPassword=" + user.password() + "&password="
				+ NEW_PASSWORD + "&passwordAgain=" + NEW_PASSWORD);
		assertThat(changed.status()).isEqualTo(302);
		assertThat(web.follow(changed).document().select("[role=status]").text()).isEqualTo("パスワードを変更しました。");

		assertThat(new WebTestSupport(port).submitLogin(user.username(), user.password()).location())
			.endsWith("/login?error");
		new WebTestSupport(port).signIn(user.username(), NEW_PASSWORD);
	}

	private static String changePassword(WebTestSupport web, String current, String next, String again, int status)
			throws Exception {
		Response response = web.postUrlEncoded("/account/password",
				"currentPassword=" + current + "&password=" + next + "&passwordAgain=" + again);
		assertThat(response.status()).isEqualTo(status);
		return response.document().select("[role=alert]").text();
	}
}
