package org.mokuhyo.web.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.kernel.FiscalYear;
import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetSchema;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.VersionConflictException;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.SheetStatus;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sheet started empty at {@code /sheets/new}: by the department's editor, as a draft the public does not see, once
 * per department and year; refused for other departments and other roles.
 */
@IntegrationTest
class NewSheetPageTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	Clock clock;

	@Test
	void anEditorStartsAnEmptyDraftForTheirDepartmentOnce() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("新設部");
		WebTestSupport editor = new WebTestSupport(port);
		editor.signIn(users.editor(department));
		DepartmentRef ref = organizations.findDepartment(TestUsers.MUNICIPALITY, department).orElseThrow();
		int current = FiscalYear.of(LocalDate.now(clock)).startYear();

		assertThat(editor.get("/").document().select("a[href=\"/sheets/new\"]")).isNotEmpty();
		Document form = editor.get("/sheets/new").document();
		assertThat(form.select("#new-department option[value]:not([value=''])").eachText()).containsExactly(department);
		assertThat(form.select("input[name=fiscalYear]").eachAttr("value")).containsExactly("" + current,
				"" + (current + 1));
		assertThat(form.select("label[for=year-" + current + "]").text())
			.isEqualTo(FiscalYear.of(LocalDate.now(clock)).label() + "（" + current + "年度）");

		int year = current + 1;
		WebTestSupport.Response created = editor.postUrlEncoded("/sheets/new", "department=" + ref.id() + "&fiscalYear=" + year);
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).matches(".*/sheets/[0-9a-f-]{36}/edit/basics");
		UUID id = UUID.fromString(created.location().replaceAll(".*/sheets/([0-9a-f-]{36})/edit/basics", "$1"));
		WebTestSupport.Response basics = editor.follow(created);
		assertThat(basics.status()).isEqualTo(200);
		assertThat(basics.document().select(".notice-success").text()).contains("空のシートを下書きとして作成しました");

		SheetData sheet = store.find(id).orElseThrow();
		assertThat(sheet.department().name()).isEqualTo(department);
		assertThat(sheet.fiscalYear()).isEqualTo(year);
		assertThat(sheet.fiscalYearLabel()).isEqualTo(new FiscalYear(year).label());
		assertThat(sheet.missions()).isEmpty();
		assertThat(sheet.annualGoals()).isEmpty();
		assertThat(sheet.midTermGoals()).isEmpty();
		JsonMapper json = JsonMapper.builder().build();
		assertThat(SheetSchema.violations(json.readTree(json.writeValueAsString(sheet)))).isEmpty();
		assertThat(workflows.state(id).orElseThrow().status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(editor.get("/sheets/" + id + "/workflow").document().select(".status").text()).contains("下書き");
		assertThat(editor.get("/sheets/" + id + "/versions").document().select("table.versions-table tbody tr td").eachText())
			.contains("新規作成");
		assertThat(new WebTestSupport(port).get("/sheets/" + id).status()).as("a draft, not for the public").isEqualTo(404);

		// the same department and year again: refused with a link to the sheet, which stays as it was
		WebTestSupport.Response again = editor.postUrlEncoded("/sheets/new", "department=" + ref.id() + "&fiscalYear=" + year);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.document().select("#form-error").text()).contains("「" + department + "」のシートはすでにあります");
		assertThat(again.document().select("#form-error a.existing-sheet").attr("href")).isEqualTo("/sheets/" + id);
		WebTestSupport.writePreview("new-sheet-exists.html", again.document());
		assertThat(store.versions(id)).hasSize(1);
	}

	@Test
	void otherDepartmentsYearsAndRolesAreRefused() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String own = WebTestSupport.unique("自部");
		String other = WebTestSupport.unique("他部");
		WebTestSupport editor = new WebTestSupport(port);
		editor.signIn(users.editor(own));
		long municipality = organizations.findMunicipality(TestUsers.MUNICIPALITY).orElseThrow().id();
		long otherId = organizations.findOrCreateDepartment(municipality, other);
		long ownId = organizations.findDepartment(TestUsers.MUNICIPALITY, own).orElseThrow().id();
		int current = FiscalYear.of(LocalDate.now(clock)).startYear();

		assertThat(editor.get("/sheets/new").document().select("#new-department option").eachText()).doesNotContain(other);
		WebTestSupport.Response forbidden = editor.postUrlEncoded("/sheets/new", "department=" + otherId + "&fiscalYear=" + current);
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.document().select("#form-error").text()).contains("「" + other + "」のシートを作成する権限がありません");
		assertThat(store.find(TestUsers.MUNICIPALITY, other, current)).isEmpty();

		WebTestSupport.Response oldYear = editor.postUrlEncoded("/sheets/new", "department=" + ownId + "&fiscalYear=" + (current - 1));
		assertThat(oldYear.status()).isEqualTo(400);
		assertThat(oldYear.document().select("#form-error").text()).contains("年度は");
		assertThat(editor.postUrlEncoded("/sheets/new", "fiscalYear=" + current).status()).isEqualTo(400);
		assertThat(store.find(TestUsers.MUNICIPALITY, own, current - 1)).isEmpty();

		WebTestSupport viewer = new WebTestSupport(port);
		viewer.signIn(users.viewer());
		assertThat(viewer.get("/sheets/new").status()).isEqualTo(403);
		assertThat(viewer.postUrlEncoded("/sheets/new", "department=" + ownId + "&fiscalYear=" + current).status())
			.isEqualTo(403);
		assertThat(viewer.get("/").document().select("a[href=\"/sheets/new\"]")).isEmpty();
		assertThat(store.find(TestUsers.MUNICIPALITY, own, current)).isEmpty();
		assertThat(new WebTestSupport(port).get("/sheets/new").status()).as("the public").isEqualTo(404);

		// an administrator may start one for any department of the municipality
		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		assertThat(admin.get("/sheets/new").document().select("#new-department option").eachText()).contains(own, other);
		assertThat(admin.postUrlEncoded("/sheets/new", "department=" + otherId + "&fiscalYear=" + current).status())
			.isEqualTo(302);
		assertThat(store.find(TestUsers.MUNICIPALITY, other, current)).isPresent();
	}

	@Test
	void aNewSheetNeverReplacesOneSavedFirst() {
		String department = WebTestSupport.unique("競合部");
		MunicipalityRef municipality = organizations.findMunicipality(TestUsers.MUNICIPALITY).orElseThrow();
		DepartmentRef ref = organizations.findDepartment(organizations.findOrCreateDepartment(municipality.id(), department))
			.orElseThrow();
		SavedSheet first = store.save(NewSheetController.empty(municipality, ref, 2030), List.of(), null,
				Change.newSheet(1L, "先 一郎"));
		assertThat(first.version()).isEqualTo(1);
		SavedSheet same = store.save(NewSheetController.empty(municipality, ref, 2030), List.of(), null,
				Change.newSheet(2L, "後 二郎"));
		assertThat(same.replaced()).isTrue();
		assertThat(same.changed()).isFalse();

		SheetData imported = org.mokuhyo.SampleSheets.full(department, 2031);
		UUID importedId = store.save(imported, List.of(), "i.txt").id();
		assertThatThrownBy(() -> store.save(NewSheetController.empty(municipality, ref, 2031), List.of(), null,
				Change.newSheet(2L, "後 二郎"))).isInstanceOf(VersionConflictException.class);
		assertThat(store.versions(importedId)).hasSize(1);
		assertThat(store.find(importedId).orElseThrow().annualGoals()).hasSize(3);
	}
}
