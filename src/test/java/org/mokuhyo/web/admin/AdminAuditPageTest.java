package org.mokuhyo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit log through its page and CSV, filled by real sign-ins, account changes and steps. */
@IntegrationTest
class AdminAuditPageTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Test
	void signInsAccountChangesAndStepsAreLoggedFilteredAndExported() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("監査部");
		UUID id = store.save(SampleSheets.full(department, 2024), List.of(), "a.txt").id();
		TestUsers.TestUser editorUser = users.editor(department);
		WebTestSupport editor = new WebTestSupport(port);
		editor.signIn(editorUser);
		assertThat(editor.postUrlEncoded("/sheets/" + id + "/steps", "step=SUBMIT&comment=" + WebTestSupport.encode("監査用の提出"))
			.status()).isEqualTo(302);
		String trap = "=HYPERLINK(\"x\")" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(new WebTestSupport(port).submitLogin(trap, "wrong-password-123").status()).isIn(200, 302, 401);
		TestUsers.TestUser viewerUser = users.viewer();
		accounts.update(viewerUser.id(), "監査 見る人", EnumSet.of(Role.VIEWER, Role.EXECUTIVE), java.util.Set.of());

		WebTestSupport viewer = new WebTestSupport(port);
		viewer.signIn(viewerUser);
		assertThat(viewer.get("/admin/audit").status()).as("administrators only").isEqualTo(403);

		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		Document all = admin.get("/admin/audit").document();
		assertThat(all.select(".audit-table tbody th[scope=row]").eachText()).contains("ログイン", "ログイン失敗",
				"利用者の変更", "手続き");
		assertThat(all.text()).contains(trap).contains("役割・担当部局の変更: " + viewerUser.username());

		long departmentId = organizations.findDepartment(TestUsers.MUNICIPALITY, department).orElseThrow().id();
		Document steps = admin.get("/admin/audit?kind=STEP&department=" + departmentId).document();
		assertThat(steps.select(".audit-table tbody tr")).hasSize(1);
		assertThat(steps.select(".audit-table tbody tr").text()).contains("提出").contains("下書き → 提出済み")
			.contains("監査用の提出").contains(department);

		WebTestSupport.Response csv = admin.get("/admin/audit.csv?kind=SIGN_IN_FAILED&actor="
				+ WebTestSupport.encode(trap));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFF日時,種別,利用者,部局,シート,内容");
		assertThat(csv.body()).contains("\"'" + trap.replace("\"", "\"\"") + "\"").as("a formula is defused");
		assertThat(admin.get("/admin/audit?from=not-a-date").status()).isEqualTo(400);
	}
}
