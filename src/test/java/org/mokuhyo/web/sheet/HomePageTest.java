package org.mokuhyo.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.web.SampleSheets;
import org.mokuhyo.web.WebTestSupport.Response;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The list of sheets and the upload form over HTTP from the running application against its PostgreSQL: grouping by
 * fiscal year, filters, the import of the published sheet through the form (post/redirect/get with a flash
 * message), and the refusals (422 for a file the importer rejects or an empty one, 400 for no file, 413 for one too
 * large), which store nothing. The tests share one database: each names its own departments or municipality. The
 * browser is an administrator's (who may import any sheet); what others may do is {@link AccessTest}'s.
 */
@IntegrationTest
class HomePageTest {

	private static final Pattern SHEET_LOCATION = Pattern.compile("^(?:https?://[^/]+)?/sheets/([0-9a-f-]{36})$");

	private static final String SEED_DEPARTMENT = "市民協働部";

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Workflows workflows;

	@Autowired
	Organizations organizations;

	private WebTestSupport web;

	/** An administrator's browser: the upload form is only for those who may import. */
	@BeforeEach
	void setUp() throws Exception {
		web = new WebTestSupport(port);
		web.signIn(new TestUsers(accounts, organizations).admin());
	}

	private Document page(String path, int status) throws Exception {
		Response response = web.get(path);
		assertThat(response.status()).as(path).isEqualTo(status);
		assertThat(response.contentType()).as(path).startsWith("text/html");
		return response.document();
	}

	private Document upload(Multipart form, int status) throws Exception {
		Response response = web.post("/import", form);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("text/html");
		return response.document();
	}

	private static Multipart seed(String fiscalYear, String municipality) {
		return new Multipart().file("file", "toyonaka-shimin-kyodo-2024.txt", "text/plain", SeedFixture.bytes())
			.field("fiscalYear", fiscalYear)
			.field("municipality", municipality);
	}

	@Test
	void aWorkingUploadFormAndTheEmptyStateOfAFilter() throws Exception {
		Document doc = page("/", 200);

		assertThat(doc.select("html").attr("lang")).isEqualTo("ja");
		assertThat(doc.select("h1")).hasSize(1);
		Element form = doc.selectFirst("form.import-form");
		assertThat(form.attr("action")).isEqualTo("/import");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(form.selectFirst("input[type=file]").attr("name")).isEqualTo("file");
		assertThat(form.selectFirst("input[name=fiscalYear]").attr("type")).isEqualTo("number");
		assertThat(form.select("input[name=municipality]")).hasSize(1);
		for (Element input : doc.select("input:not([type=hidden])")) {
			assertThat(doc.select("label[for=" + input.id() + "]")).as("label of " + input.attr("name")).hasSize(1);
		}
		assertThat(form.text()).contains("空欄の場合は「豊中市」として取り込みます。");
		assertThat(doc.select("[role=alert]")).isEmpty();

		String nobody = WebTestSupport.unique("存在しない部");
		Document empty = page("/?department=" + WebTestSupport.encode(nobody), 200);
		WebTestSupport.writePreview("index-empty.html", empty);
		assertThat(empty.select(".empty-state").text()).contains("条件に合うシートはありません");
		assertThat(empty.select(".year-group")).isEmpty();
		assertThat(empty.selectFirst("#sheets-heading").text()).isEqualTo("シート（0件）");
		assertThat(empty.selectFirst("#filter-department").val()).isEqualTo(nobody);
		assertThat(empty.select("[role=alert]")).isEmpty();
	}

	@Test
	void listsSheetsByFiscalYearNewestFirst() throws Exception {
		String shiminName = WebTestSupport.unique("市民協働部");
		String toshiName = WebTestSupport.unique("都市計画推進部");
		SavedSheet shimin = store.save(SampleSheets.shimin(shiminName), SampleSheets.warnings(), "a.txt");
		SavedSheet older = store.save(SampleSheets.other(shiminName, 2023, "令和5年度"), List.of(), "b.txt");
		SavedSheet toshi = store.save(SampleSheets.other(toshiName, 2024, null), List.of(), "c.txt");

		Document doc = page("/", 200);
		WebTestSupport.writePreview("index.html", doc);

		// every fiscal year once, newest first
		List<Integer> years = doc.select(".year-group h3")
			.stream()
			.map(h3 -> Integer.parseInt(h3.id().substring("year-".length())))
			.toList();
		assertThat(years).isSortedAccordingTo((a, b) -> Integer.compare(b, a)).doesNotHaveDuplicates();
		assertThat(doc.select(".year-group h3").eachText()).containsSubsequence("令和6年度（2024年度）", "令和5年度（2023年度）");

		Element year2024 = yearGroup(doc, 2024);
		assertThat(year2024.selectFirst("h3").text()).isEqualTo("令和6年度（2024年度）");
		Element shiminRow = row(year2024, shiminName);
		assertThat(shiminRow.selectFirst("a").attr("href")).isEqualTo("/sheets/" + shimin.id());
		assertThat(shiminRow.select("td").eachText()).containsExactly("豊中市", "第1版", "2件", "1件", "下書き", "2件");
		assertThat(row(year2024, toshiName).selectFirst("a").attr("href")).isEqualTo("/sheets/" + toshi.id());
		assertThat(row(year2024, toshiName).select("td").eachText()).containsExactly("豊中市", "第1版", "1件", "0件",
				"下書き", "なし");
		assertThat(row(yearGroup(doc, 2023), shiminName).selectFirst("a").attr("href"))
			.isEqualTo("/sheets/" + older.id());

		int rows = doc.select(".year-group tbody tr").size();
		assertThat(doc.selectFirst("#sheets-heading").text()).isEqualTo("シート（" + rows + "件）");
		// the signed-in administrator's municipality's sheets as they stand, every other's only when published
		assertThat(rows).isEqualTo(store.list(null, null)
			.stream()
			.filter(s -> s.municipality().equals(TestUsers.MUNICIPALITY) || workflows.publishedVersion(s.id()).isPresent())
			.count());
		assertThat(doc.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
		assertThat(doc.select(".empty-state")).isEmpty();

		// one department over two years: both groups, newest first
		Document department = page("/?department=" + WebTestSupport.encode(shiminName), 200);
		assertThat(department.select(".year-group h3").eachText()).containsExactly("令和6年度（2024年度）",
				"令和5年度（2023年度）");
		assertThat(department.select(".year-group tbody tr a").eachAttr("href")).containsExactly("/sheets/" + shimin.id(),
				"/sheets/" + older.id());
	}

	@Test
	void filtersByFiscalYearAndDepartment() throws Exception {
		String name = WebTestSupport.unique("環境部");
		SavedSheet current = store.save(SampleSheets.shimin(name), List.of(), "a.txt");
		SavedSheet older = store.save(SampleSheets.other(name, 2023, "令和5年度"), List.of(), "b.txt");

		Document doc = page("/?fiscalYear=2023&department=" + WebTestSupport.encode(" " + name + " "), 200);

		assertThat(doc.select(".year-group h3").eachText()).containsExactly("令和5年度（2023年度）");
		assertThat(doc.select(".year-group tbody tr a").eachAttr("href")).containsExactly("/sheets/" + older.id());
		assertThat(doc.selectFirst("#filter-fiscalYear").val()).isEqualTo("2023");
		assertThat(doc.selectFirst("#filter-department").val()).isEqualTo(name);
		assertThat(doc.select(".filter a[href=/]").text()).isEqualTo("条件を解除");

		// full-width digits are a year too; a blank year is no filter
		Document fullWidth = page("/?fiscalYear=" + WebTestSupport.encode("２０２３") + "&department="
				+ WebTestSupport.encode(name), 200);
		assertThat(fullWidth.select(".year-group tbody tr a").eachAttr("href")).containsExactly("/sheets/" + older.id());
		Document blankYear = page("/?fiscalYear=&department=" + WebTestSupport.encode(name), 200);
		assertThat(blankYear.select(".year-group tbody tr a").eachAttr("href"))
			.containsExactly("/sheets/" + current.id(), "/sheets/" + older.id());

		Document none = page("/?fiscalYear=2030&department=" + WebTestSupport.encode(name), 200);
		assertThat(none.select(".empty-state").text()).contains("条件に合うシートはありません");
		assertThat(none.select(".year-group")).isEmpty();

		Document bad = page("/?fiscalYear=" + WebTestSupport.encode("令和六年"), 400);
		assertThat(bad.select("[role=alert]").text()).contains("西暦の4桁");
		assertThat(bad.selectFirst("#filter-fiscalYear").attr("aria-invalid")).isEqualTo("true");
		assertThat(bad.selectFirst("#filter-fiscalYear").val()).isEqualTo("令和六年");
		assertThat(bad.select("h1")).hasSize(1);

		Document outOfRange = page("/?fiscalYear=1800", 400);
		assertThat(outOfRange.select("[role=alert]").text()).contains("1989から2100まで");
	}

	@Test
	void importingTheSeedRedirectsToItsSheetAndASecondImportChangesNothing() throws Exception {
		String municipality = WebTestSupport.unique("試験市");
		// an administrator imports for their own municipality only
		web = new WebTestSupport(port);
		web.signIn(new TestUsers(accounts, organizations).create(EnumSet.of(Role.ADMIN), municipality, List.of()));

		Response stored = web.post("/import", seed("2024", municipality));

		assertThat(stored.status()).as(stored.body()).isEqualTo(302);
		Matcher location = SHEET_LOCATION.matcher(stored.location());
		assertThat(location.matches()).as(stored.location()).isTrue();
		UUID id = UUID.fromString(location.group(1));

		Response shown = web.follow(stored);
		assertThat(shown.status()).isEqualTo(200);
		Document doc = shown.document();
		WebTestSupport.writePreview("sheet-seed.html", doc);

		// the flash message survived the redirect, with the counts of what was stored
		SheetData sheet = store.find(id).orElseThrow();
		int warnings = store.warnings(id).size();
		String message = "取り込みました（目標" + sheet.annualGoals().size() + "件・取組み事項"
				+ sheet.annualGoals().stream().mapToInt(g -> g.items().size()).sum() + "件・行動" + actions(sheet)
				+ "件・中期目標" + sheet.midTermGoals().size() + "件・注意" + warnings + "件）。";
		Element status = doc.selectFirst("[role=status]");
		assertThat(status).isNotNull();
		assertThat(status.text()).startsWith(message).doesNotContain("前の版");
		if (warnings > 0) {
			assertThat(status.select("a[href]").eachText()).containsExactly("取込み時の注意を確認する");
		}

		// the sheet as published
		assertThat(doc.selectFirst("h1").text()).contains("市民協働部").contains("令和6年度");
		Element header = doc.selectFirst("table.sheet-header");
		assertThat(header.text()).contains(municipality).contains("第1版");
		Element goal = doc.select("#annual-goals h3.goal-title")
			.stream()
			.filter(h3 -> h3.text().contains("地域コミュニティの活性化及び地域連携の推進"))
			.findFirst()
			.orElseThrow();
		assertThat(goal.select(".badge-priority").text()).isEqualTo("【重点】");
		assertThat(doc.select("#annual-goals h3.goal-title")
			.stream()
			.filter(h3 -> h3.text().contains("市民協働の推進"))
			.findFirst()
			.orElseThrow()
			.select(".badge-priority")).isEmpty();
		assertThat(doc.select(".action-text")
			.stream()
			.filter(action -> action.text().contains("塾の開講"))
			.findFirst()
			.orElseThrow()
			.select(".badge-schedule")
			.text()).contains("7~2月");
		assertThat(doc.select(".badge-schedule").eachText()).anyMatch(text -> text.contains("7~2月"));
		assertThat(doc.select(".links .link-code").eachText()).contains("5-1-(3)");
		assertThat(doc.select(".links").text()).contains("新たなコミュニティとつながりの創出");
		assertThat(doc.text()).doesNotContain("【今年度末に記載】");

		// the same file again: the same sheet, no new version
		Response again = web.post("/import", seed("2024", municipality));
		assertThat(again.status()).isEqualTo(302);
		assertThat(again.location()).isEqualTo(stored.location());
		Document unchanged = web.follow(again).document();
		assertThat(unchanged.selectFirst("[role=status]").text()).startsWith(message)
			.contains("前の版と内容が同じため、新しい版は作りませんでした（第1版）。");
		assertThat(unchanged.selectFirst("table.sheet-header").text()).contains("第1版");

		// still one row for the department and year in that municipality
		Document list = page("/?fiscalYear=2024&department=" + WebTestSupport.encode(SEED_DEPARTMENT), 200);
		List<Element> rows = list.select(".year-group tbody tr")
			.stream()
			.filter(tr -> tr.select("td").first().text().equals(municipality))
			.toList();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo("/sheets/" + id);
		assertThat(rows.get(0).select("td").eachText()).startsWith(municipality, "第1版");
		assertThat(store.list(2024, SEED_DEPARTMENT).stream().filter(s -> s.municipality().equals(municipality)))
			.singleElement()
			.extracting(SheetSummary::version)
			.isEqualTo(1);
	}

	@Test
	void blankOptionalFieldsAreLeftToTheImporter() throws Exception {
		// no year: read from the sheet; no municipality: the configured default (豊中市)
		Response stored = web.post("/import", seed("", "  "));

		assertThat(stored.status()).as(stored.body()).isEqualTo(302);
		assertThat(SHEET_LOCATION.matcher(stored.location()).matches()).as(stored.location()).isTrue();
		Document doc = web.follow(stored).document();
		assertThat(doc.selectFirst("[role=status]").text()).startsWith("取り込みました（目標");
		Element header = doc.selectFirst("table.sheet-header");
		assertThat(header.select("td").eachText()).contains("豊中市", "令和6年度（2024年度）", SEED_DEPARTMENT);
	}

	@Test
	void rejectedImportsShowTheReasonWith422AndStoreNothing() throws Exception {
		String municipality = WebTestSupport.unique("吹田市");
		int before = store.list(null, null).size();

		Document notASheet = upload(new Multipart()
			.file("file", "memo.txt", "text/plain", "買い物メモ: 牛乳、卵\n".getBytes(StandardCharsets.UTF_8))
			.field("fiscalYear", "2024")
			.field("municipality", municipality), 422);
		WebTestSupport.writePreview("index-error.html", notASheet);

		Element alert = notASheet.selectFirst("#import-error[role=alert]");
		assertThat(alert.text()).contains("取り込めませんでした").contains("部局長の目標の様式として読み取れませんでした");
		assertThat(notASheet.selectFirst("#import-fiscalYear").val()).isEqualTo("2024");
		assertThat(notASheet.selectFirst("#import-municipality").val()).isEqualTo(municipality);
		assertThat(notASheet.selectFirst("#import-file").attr("aria-invalid")).isEqualTo("true");
		assertThat(notASheet.selectFirst("#import-file").attr("aria-describedby")).contains("import-error");
		assertThat(notASheet.select("h1")).hasSize(1);

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0,
				1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };
		Document binary = upload(new Multipart().file("file", "image.png", "image/png", png)
			.field("fiscalYear", "2024")
			.field("municipality", municipality), 422);
		assertThat(binary.selectFirst("#import-error[role=alert]").text()).contains("取り込めませんでした")
			.contains("バイナリファイルのようです");

		assertNothingStored(before, municipality);
	}

	@Test
	void missingOrEmptyFilesAndBadYearsAreRefused() throws Exception {
		String municipality = WebTestSupport.unique("池田市");
		int before = store.list(null, null).size();

		Document missing = upload(new Multipart().field("fiscalYear", "2024").field("municipality", municipality), 400);
		assertThat(missing.selectFirst("[role=alert]").text()).contains("取り込むファイルを選択してください。");

		// what a browser sends when no file was chosen
		Document noSelection = upload(new Multipart().file("file", "", "application/octet-stream", new byte[0])
			.field("fiscalYear", "2024")
			.field("municipality", municipality), 400);
		assertThat(noSelection.selectFirst("[role=alert]").text()).contains("取り込むファイルを選択してください。");

		Response notMultipart = web.postUrlEncoded("/import",
				"fiscalYear=2024&municipality=" + WebTestSupport.encode(municipality));
		assertThat(notMultipart.status()).isEqualTo(400);
		assertThat(notMultipart.document().selectFirst("[role=alert]").text()).contains("取り込むファイルを選択してください。");

		Response noBoundary = web.postRaw("/import", "multipart/form-data", "--x\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(noBoundary.status()).isEqualTo(400);
		assertThat(noBoundary.document().selectFirst("[role=alert]").text()).contains("読み取れませんでした");

		Document empty = upload(new Multipart().file("file", "empty.txt", "text/plain", new byte[0])
			.field("municipality", municipality), 422);
		assertThat(empty.selectFirst("[role=alert]").text()).contains("empty.txt").contains("空です");

		Document blank = upload(new Multipart()
			.file("file", "blank.txt", "text/plain", "\n  \n\t\n".getBytes(StandardCharsets.UTF_8))
			.field("municipality", municipality), 422);
		assertThat(blank.selectFirst("[role=alert]").text()).contains("取り込めませんでした").contains("内容がありません");

		Document badYear = upload(seed("1800", municipality), 400);
		assertThat(badYear.selectFirst("[role=alert]").text()).contains("1989から2100まで");
		assertThat(badYear.selectFirst("#import-fiscalYear").val()).isEqualTo("1800");

		assertNothingStored(before, municipality);
	}

	@Test
	void uploadsOverTheSizeLimitsShowTheFormAgainWith413() throws Exception {
		String municipality = WebTestSupport.unique("箕面市");
		int before = store.list(null, null).size();

		// over the importer's limit (10 MB), under the multipart limit: the importer refuses it
		byte[] eleven = new byte[11 * 1024 * 1024];
		Arrays.fill(eleven, (byte) 'a');
		Document overImporter = upload(new Multipart().file("file", "big.txt", "text/plain", eleven)
			.field("municipality", municipality), 413);
		assertThat(overImporter.selectFirst("#import-error[role=alert]").text()).contains("ファイルが大きすぎます");
		assertThat(overImporter.selectFirst("#import-municipality").val()).isEqualTo(municipality);

		// over the multipart limit: refused before any controller
		byte[] huge = new byte[21 * 1024 * 1024];
		Arrays.fill(huge, (byte) 'a');
		Multipart hugeForm = new Multipart().file("file", "huge.txt", "text/plain", huge);
		Document overMultipart = upload(hugeForm, 413);
		assertThat(overMultipart.selectFirst("#import-error[role=alert]").text()).contains("ファイルが大きすぎる")
			.contains("10MBまで");
		assertThat(overMultipart.select("h1")).hasSize(1);
		assertThat(overMultipart.selectFirst("form.import-form")).isNotNull();

		Response json = web.post("/import", hugeForm, "application/json");
		assertThat(json.status()).isEqualTo(413);
		assertThat(json.body()).doesNotContain("<html");

		assertNothingStored(before, municipality);
	}

	private void assertNothingStored(int before, String municipality) {
		List<SheetSummary> sheets = store.list(null, null);
		assertThat(sheets).hasSize(before);
		assertThat(sheets).noneMatch(s -> s.municipality().equals(municipality));
	}

	private static int actions(SheetData sheet) {
		int actions = 0;
		for (AnnualGoal goal : sheet.annualGoals()) {
			for (GoalItem item : goal.items()) {
				actions += item.actions().size();
			}
		}
		return actions;
	}

	private static Element yearGroup(Document doc, int fiscalYear) {
		Element heading = doc.getElementById("year-" + fiscalYear);
		assertThat(heading).as("group of " + fiscalYear).isNotNull();
		return heading.closest(".year-group");
	}

	private static Element row(Element group, String department) {
		return group.select("tbody tr")
			.stream()
			.filter(tr -> tr.selectFirst("th").text().equals(department))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row of " + department));
	}
}
