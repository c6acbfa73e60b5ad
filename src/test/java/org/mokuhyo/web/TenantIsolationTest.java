package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers.TestUser;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.bulk.Archives;
import org.mokuhyo.bulk.BulkImports;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.search.SearchIndex;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.SheetStatus;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two municipalities in one deployment, A and B, each with an administrator, an editor, a draft and a published
 * sheet (whose current version is a newer draft): A's staff meet B exactly as the public does (404 for a draft,
 * the published version otherwise) in the pages, the API and search, and see none of B's accounts, years, audit
 * lines or bulk imports; B's staff still see their own.
 */
@IntegrationTest
class TenantIsolationTest {

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
	SearchIndex index;

	@Autowired
	BulkImports bulk;

	@TempDir
	Path directory;

	/** One municipality of the test: its names, code, accounts and sheets. */
	private record Tenant(String name, String code, String department, TestUser admin, TestUser editor, UUID draft,
			UUID published, String publishedTitle, String draftTitle) {
	}

	private Tenant a;

	private Tenant b;

	@BeforeEach
	void twoMunicipalities() {
		a = tenant("甲");
		b = tenant("乙");
		index.awaitReady();
	}

	private Tenant tenant(String prefix) {
		String name = WebTestSupport.unique(prefix + "市");
		String code = "9" + (10000 + ThreadLocalRandom.current().nextInt(89999));
		organizations.findOrCreateMunicipality(name, code);
		String department = WebTestSupport.unique(prefix + "部");
		TestUsers users = new TestUsers(accounts, organizations);
		TestUser admin = users.create(EnumSet.of(Role.ADMIN), name, List.of());
		TestUser editor = users.create(EnumSet.of(Role.EDITOR), name, List.of(department));
		String draftTitle = "下書き" + word();
		UUID draft = store.save(SampleSheets.withTitle(SampleSheets.full(name, code, department, 2024), 0, draftTitle),
				List.of(), "draft.txt").id();
		String publishedTitle = "公表" + word();
		UUID published = Publish.publish(workflows, store.save(
				SampleSheets.withTitle(SampleSheets.full(name, code, department, 2023), 0, publishedTitle), List.of(),
				"published.txt").id());
		// an edit after publication: a newer draft of the published sheet, which only its own staff read
		SheetData current = store.find(published).orElseThrow();
		store.save(SampleSheets.withTitle(current, 0, "改訂" + word()), List.of(), "edited.txt");
		return new Tenant(name, code, department, admin, editor, draft, published, publishedTitle, draftTitle);
	}

	/** A word nothing else in the shared database contains (letters only: one token for the analyser). */
	private static String word() {
		StringBuilder word = new StringBuilder("tenant");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	private WebTestSupport signedIn(TestUser user) throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(user);
		return web;
	}

	@Test
	void anotherMunicipalitysSheetsAreWhatThePublicSees() throws Exception {
		WebTestSupport adminA = signedIn(a.admin());
		WebTestSupport editorA = signedIn(a.editor());
		WebTestSupport adminB = signedIn(b.admin());
		WebTestSupport anyone = new WebTestSupport(port);
		String draftB = "/sheets/" + b.draft();
		String publishedB = "/sheets/" + b.published();

		for (WebTestSupport web : List.of(adminA, editorA, anyone)) {
			assertThat(web.get(draftB).status()).isEqualTo(404);
			assertThat(web.get(draftB + "/export.xlsx").status()).isEqualTo(404);
			assertThat(web.get(draftB + "/dashboard").status()).isEqualTo(404);
			// the published version, not the newer draft
			Document page = web.get(publishedB).document();
			assertThat(page.select("#annual-goals h3.goal-title").text()).contains(b.publishedTitle());
		}
		// staff of A: nothing of B's history, editing, cycle or progress
		for (WebTestSupport web : List.of(adminA, editorA)) {
			for (String path : List.of(draftB + "/versions", publishedB + "/versions", draftB + "/compare?from=1&to=1",
					draftB + "/edit/basics", draftB + "/edit/goals/1", draftB + "/review", draftB + "/workflow",
					publishedB + "/workflow", publishedB + "/progress")) {
				assertThat(web.get(path).status()).as(path).isEqualTo(404);
			}
		}
		// B's own staff read the current version, drafts included
		assertThat(adminB.get(draftB).status()).isEqualTo(200);
		assertThat(adminB.get(publishedB).document().select("#annual-goals h3.goal-title").text())
			.doesNotContain(b.publishedTitle());
		assertThat(adminB.get(draftB + "/versions").status()).isEqualTo(200);
		assertThat(adminB.get(draftB + "/edit/basics").status()).isEqualTo(200);
		// and A's staff their own
		assertThat(adminA.get("/sheets/" + a.draft()).status()).isEqualTo(200);
		assertThat(editorA.get("/sheets/" + a.draft() + "/edit/basics").status()).isEqualTo(200);
	}

	@Test
	void stepsAndImportsForAnotherMunicipalityAreRefusedAndChangeNothing() throws Exception {
		WebTestSupport adminA = signedIn(a.admin());
		for (String step : List.of("SUBMIT", "PUBLISH", "SEND_BACK")) {
			assertThat(adminA.postUrlEncoded("/sheets/" + b.draft() + "/steps", "step=" + step).status()).as(step)
				.isEqualTo(404);
		}
		assertThat(adminA.postUrlEncoded("/sheets/" + b.published() + "/steps", "step=WITHDRAW").status())
			.isEqualTo(404);
		assertThat(adminA.postUrlEncoded("/sheets/" + b.draft() + "/next-year", "").status()).isEqualTo(404);
		assertThat(workflows.state(b.draft()).orElseThrow().status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(workflows.publishedVersion(b.published())).isPresent();
		assertThat(workflows.publishedVersion(b.draft())).isEmpty();

		// an import naming B, even as published: refused, nothing stored
		String department = WebTestSupport.unique("取込部");
		byte[] seed = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department).getBytes(StandardCharsets.UTF_8);
		WebTestSupport.Response refused = adminA.post("/import", new Multipart().file("file", "seed.txt", "text/plain", seed)
			.field("fiscalYear", "2024")
			.field("municipality", b.name()));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(store.find(b.name(), department, 2024)).isEmpty();
		// with no municipality named, an administrator imports for their own (not the configured default)
		WebTestSupport.Response own = adminA.post("/import", new Multipart().file("file", "seed.txt", "text/plain", seed)
			.field("fiscalYear", "2024"));
		assertThat(own.status()).as(own.body()).isEqualTo(302);
		assertThat(store.find(a.name(), department, 2024)).isPresent();

		// B's administrator takes B's steps
		WebTestSupport adminB = signedIn(b.admin());
		assertThat(adminB.postUrlEncoded("/sheets/" + b.draft() + "/steps", "step=SUBMIT").status()).isEqualTo(302);
		assertThat(workflows.state(b.draft()).orElseThrow().status()).isEqualTo(SheetStatus.SUBMITTED);
	}

	@Test
	void listsShowOnlyTheOwnMunicipalitysDrafts() throws Exception {
		WebTestSupport adminA = signedIn(a.admin());
		List<String> links = adminA.get("/?fiscalYear=2024").document().select(".year-group a").eachAttr("href");
		assertThat(links).contains("/sheets/" + a.draft()).doesNotContain("/sheets/" + b.draft());
		List<String> older = adminA.get("/?fiscalYear=2023").document().select(".year-group a").eachAttr("href");
		assertThat(older).as("published, so listed for everyone").contains("/sheets/" + b.published());

		Document users = adminA.get("/admin/users").document();
		assertThat(users.text()).contains(a.admin().username(), a.editor().username())
			.doesNotContain(b.admin().username())
			.doesNotContain(b.editor().username());
		assertThat(adminA.get("/admin/users/" + b.editor().id()).status()).isEqualTo(404);
		assertThat(adminA.postUrlEncoded("/admin/users/" + b.editor().id() + "/enabled", "enabled=false").status())
			.isEqualTo(404);
		assertThat(signedIn(b.editor()).get("/").status()).as("still enabled").isEqualTo(200);

		// the overview counts A's one department; the year's page lists it and none of B's
		assertThat(adminA.get("/admin/years").document().text()).contains("1 / 1");
		Document year = adminA.get("/admin/years/2024").document();
		assertThat(year.text()).contains(a.department()).doesNotContain(b.department());

		// B's editor submits: the line is in B's audit log, not in A's
		WebTestSupport editorB = signedIn(b.editor());
		assertThat(editorB.postUrlEncoded("/sheets/" + b.draft() + "/steps", "step=SUBMIT").status()).isEqualTo(302);
		assertThat(adminA.get("/admin/audit?kind=STEP").document().text()).doesNotContain(b.department());
		assertThat(adminA.get("/admin/audit.csv?kind=STEP").body()).doesNotContain(b.department());
		assertThat(signedIn(b.admin()).get("/admin/audit?kind=STEP").document().text()).contains(b.department());

		// a bulk import started by B's editor: listed and opened by B's administrator only
		Path zip = directory.resolve("b.zip");
		Files.write(zip, Archives.zip(Map.of("x.txt", Archives.sheet(b.department())), StandardCharsets.UTF_8));
		UUID job = bulk.create(zip, "乙の書庫.zip", new BulkImports.Options(2024, b.name(), false),
				new BulkImports.Runner(b.editor().id(), "乙 編集者", ImportPermission.ANYONE));
		assertThat(adminA.get("/imports/archive").document().select(".bulk-list a").eachAttr("href"))
			.doesNotContain("/imports/archive/" + job);
		assertThat(adminA.get("/imports/archive/" + job).status()).isEqualTo(404);
		WebTestSupport adminB = signedIn(b.admin());
		assertThat(adminB.get("/imports/archive").document().select(".bulk-list a").eachAttr("href"))
			.contains("/imports/archive/" + job);
		assertThat(adminB.get("/imports/archive/" + job).status()).isEqualTo(200);
	}

	@Test
	void theApiGivesStaffTheDraftsOfTheirOwnMunicipalityOnly() throws Exception {
		assertThat(api("/api/v1/sheets/" + b.draft(), a.admin())).isEqualTo(404);
		assertThat(api("/api/v1/sheets/" + b.draft(), a.editor())).isEqualTo(404);
		assertThat(api("/api/v1/sheets/" + b.draft(), null)).isEqualTo(404);
		assertThat(api("/api/v1/sheets/" + b.draft(), b.admin())).isEqualTo(200);
		assertThat(api("/api/v1/sheets/" + a.draft(), a.admin())).isEqualTo(200);
		assertThat(api("/api/v1/sheets/" + b.draft() + "/workflow", a.admin())).isEqualTo(404);
		assertThat(body("/api/v1/sheets/" + b.published(), a.admin())).contains(b.publishedTitle());

		String listA = body("/api/v1/sheets?fiscalYear=2024", a.admin());
		assertThat(listA).contains(a.draft().toString()).doesNotContain(b.draft().toString());
		assertThat(body("/api/v1/sheets?fiscalYear=2024", b.admin())).contains(b.draft().toString())
			.doesNotContain(a.draft().toString());
		assertThat(body("/api/v1/sheets?fiscalYear=2023", a.admin())).contains(b.published().toString());

		// the lists under a municipality's address: its own staff read its drafts, another's staff what the public reads
		String bSheets = "/api/v1/municipalities/" + b.code() + "/sheets";
		assertThat(body(bSheets, b.admin())).contains(b.draft().toString());
		assertThat(body(bSheets, a.admin())).doesNotContain(b.draft().toString()).contains(b.published().toString());
		assertThat(body(bSheets, null)).doesNotContain(b.draft().toString()).contains(b.published().toString());
		String bGoals = "/api/v1/municipalities/" + b.code() + "/goals?size=200";
		assertThat(body(bGoals, a.admin())).isEqualTo(body(bGoals, null));

		// an import under a municipality's address stores the sheet there, for its own staff only
		String department = WebTestSupport.unique("API取込部");
		byte[] sheet = Archives.sheet(department);
		assertThat(upload("/api/v1/municipalities/" + b.code() + "/sheets/import", sheet, a.admin()).statusCode())
			.isEqualTo(403);
		assertThat(store.find(b.name(), department, 2024)).isEmpty();
		HttpResponse<String> created = upload("/api/v1/municipalities/" + a.code() + "/sheets/import", sheet, a.admin());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(store.find(a.name(), department, 2024)).isPresent();
		assertThat(upload("/api/v1/municipalities/" + a.code() + "/sheets/import", sheet, null).statusCode())
			.isEqualTo(401);
	}

	private HttpResponse<String> upload(String path, byte[] file, TestUser user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(new Multipart().file("file", "sheet.txt", "text/plain", file)
			.field("fiscalYear", "2024")
			.post(URI.create("http://localhost:" + port + path)), (name, value) -> true);
		if (user != null) {
			request.header("Authorization", user.basic());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void searchFindsPublishedContentUnderItsMunicipalityAndNoDraft() throws Exception {
		WebTestSupport adminA = signedIn(a.admin());
		WebTestSupport anyone = new WebTestSupport(port);
		String draftWord = b.draftTitle().substring("下書き".length());
		for (WebTestSupport web : List.of(adminA, anyone)) {
			assertThat(web.get("/search?q=" + draftWord).document().select(".search-hit")).isEmpty();
			assertThat(web.get("/search?q=" + draftWord + "&municipality=" + b.code()).document().select(".search-hit"))
				.isEmpty();
		}
		assertThat(body("/api/v1/search?q=" + draftWord, a.admin())).contains("\"total\":0");
		assertThat(body("/api/v1/search?q=" + draftWord, null)).contains("\"total\":0");

		String publishedWord = a.publishedTitle().substring("公表".length());
		for (String municipality : List.of(a.code(), WebTestSupport.encode(a.name()))) {
			assertThat(anyone.get("/search?q=" + publishedWord + "&municipality=" + municipality).document()
				.select(".search-hit a").eachAttr("href")).containsExactly("/sheets/" + a.published() + "#goal-1");
			assertThat(body("/api/v1/search?q=" + publishedWord + "&municipality=" + municipality, null))
				.contains(a.published().toString());
		}
		// under B it is not found
		assertThat(anyone.get("/search?q=" + publishedWord + "&municipality=" + b.code()).document()
			.select(".search-hit")).isEmpty();
		assertThat(body("/api/v1/search?q=" + publishedWord + "&municipality=" + b.code(), null))
			.doesNotContain(a.published().toString());
		// A's staff search their own municipality unless they ask for every one
		assertThat(signedIn(b.admin()).get("/search?q=" + publishedWord).document().select(".search-hit")).isEmpty();
		assertThat(signedIn(b.admin()).get("/search?q=" + publishedWord + "&municipality=*").document()
			.select(".search-hit")).hasSize(1);
		assertThat(adminA.get("/search?q=" + publishedWord).document().select(".search-hit")).hasSize(1);
	}

	@Test
	void publicPagesTakeTheMunicipalityByCodeOrName() throws Exception {
		WebTestSupport anyone = new WebTestSupport(port);
		for (String municipality : List.of(a.code(), WebTestSupport.encode(a.name()))) {
			Document browse = anyone.get("/browse?municipality=" + municipality).document();
			assertThat(browse.text()).contains(a.name());
			Document list = anyone.get("/?municipality=" + municipality).document();
			assertThat(list.select(".year-group a").eachAttr("href")).contains("/sheets/" + a.published())
				.doesNotContain("/sheets/" + b.published());
			assertThat(list.selectFirst(".current-municipality").text()).contains(a.name());
		}
		assertThat(anyone.get("/?municipality=999999x").status()).isEqualTo(404);
		// the home page names the municipalities to choose from, each by its code
		assertThat(anyone.get("/").document().select(".municipality-choice a").eachAttr("href"))
			.contains("/?municipality=" + a.code(), "/?municipality=" + b.code());
		// a signed-in administrator looks at their own municipality by default
		assertThat(signedIn(b.admin()).get("/browse").document().text()).contains(b.name());

		// chosen once, the municipality stays chosen through the site's navigation
		Document chosen = anyone.get("/browse?municipality=" + b.code()).document();
		assertThat(chosen.select(".site-nav a[href^=/browse], .site-nav a[href^=/dashboard], .site-nav a[href^=/search]")
			.eachAttr("href")).hasSize(3).allSatisfy(href -> assertThat(href).endsWith("?municipality=" + b.code()));
		Document dashboard = anyone.get(chosen.selectFirst(".site-nav a[href^=/dashboard]").attr("href")).document();
		assertThat(dashboard.text()).contains(b.name());
		assertThat(anyone.get("/browse").document().select(".site-nav a[href^=/browse]").attr("href"))
			.as("nothing chosen: plain addresses").isEqualTo("/browse");
		// a sheet page asked with a parameter is rendered for that request, never kept as everyone's page
		Document sheetWithChoice = anyone.get("/sheets/" + b.published() + "?municipality=" + b.code()).document();
		assertThat(sheetWithChoice.selectFirst(".site-nav a[href^=/browse]").attr("href")).contains(b.code());
		assertThat(anyone.get("/sheets/" + b.published()).document().selectFirst(".site-nav a[href^=/browse]")
			.attr("href")).isEqualTo("/browse");
	}

	private int api(String path, TestUser user) throws Exception {
		return send(path, user).statusCode();
	}

	private String body(String path, TestUser user) throws Exception {
		HttpResponse<String> response = send(path, user);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> send(String path, TestUser user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (user != null) {
			request.header("Authorization", user.basic());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
