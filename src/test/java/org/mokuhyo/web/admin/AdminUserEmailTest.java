package org.mokuhyo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Contacts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator gives an editor the address progress reminders go to, on the account's page. */
@IntegrationTest
class AdminUserEmailTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	Contacts contacts;

	@Test
	void anAdministratorSetsAnEditorsAddress() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("連絡部");
		TestUsers.TestUser editor = users.editor(department);
		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		String url = "/admin/users/" + editor.id() + "/email";

		WebTestSupport.Response saved = admin.postUrlEncoded(url, "email=" + WebTestSupport.encode("henshu@example.jp"));
		assertThat(saved.status()).isEqualTo(302);
		Document page = admin.follow(saved).document();
		assertThat(page.select("[role=status]").text()).isEqualTo("メールアドレスを保存しました。");
		assertThat(page.select("#user-email").val()).isEqualTo("henshu@example.jp");
		long departmentId = organizations.findDepartment(TestUsers.MUNICIPALITY, department).orElseThrow().id();
		assertThat(contacts.editorsOf(departmentId)).extracting(Contacts.Contact::email).containsExactly("henshu@example.jp");

		Document refused = admin.follow(admin.postUrlEncoded(url, "email=" + WebTestSupport.encode("henshu at example"))).document();
		assertThat(refused.select("[role=alert]").text()).contains("メールアドレスの形式が正しくありません");
		assertThat(refused.select("#user-email").val()).isEqualTo("henshu at example");
		assertThat(contacts.email(editor.id())).isEqualTo("henshu@example.jp");

		WebTestSupport self = new WebTestSupport(port);
		self.signIn(editor);
		assertThat(self.postUrlEncoded(url, "email=x@example.jp").status()).isEqualTo(403);

		assertThat(admin.postUrlEncoded(url, "email=").status()).isEqualTo(302);
		assertThat(contacts.email(editor.id())).isNull();
		assertThat(contacts.editorsOf(departmentId)).isEmpty();
	}
}
