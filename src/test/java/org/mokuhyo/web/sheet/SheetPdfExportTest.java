package org.mokuhyo.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.audit.AuditQuery;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.pdf.PdfFonts;
import org.mokuhyo.pdf.PdfSheetWriter;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 印刷用 PDF over HTTP: the public downloads the published version only, staff the current one (logged as an
 * export), the file named in UTF-8; without a font a 503 that says what to install. A PDF uploads through the import
 * page and the API like a text file, and a bad one is refused with nothing stored.
 */
@IntegrationTest
class SheetPdfExportTest {

	private final HttpClient http = HttpClient.newHttpClient();

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
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private HttpResponse<byte[]> download(UUID id, String cookie, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sheets/" + id + "/export.pdf"))
			.header("Accept", accept);
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private List<AuditEvent> exportsOf(UUID sheetId) {
		return audit.search(new AuditQuery(null, null, AuditEvent.Kind.EXPORT, null, null))
			.stream()
			.filter(e -> sheetId.equals(e.sheetId()))
			.toList();
	}

	@Test
	void thePublicDownloadsThePublishedVersionNamedInUtf8() throws Exception {
		String department = WebTestSupport.unique("印刷部");
		UUID id = Publish.publish(workflows, store.save(SampleSheets.full(department, 2024), List.of(), "p.txt").id());

		HttpResponse<byte[]> pdf = download(id, null, WebTestSupport.BROWSER_ACCEPT);

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).startsWith("attachment; filename=\"mokuhyo-2024.pdf\"; filename*=UTF-8''");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.isEqualTo("令和6年度_" + department + "_部局長の目標.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains(department, "市民協働の推進", "豊中市");
		}
		assertThat(exportsOf(id)).isEmpty(); // a published document read by the public, like its page
		// the sheet page links to it
		assertThat(new WebTestSupport(port).get("/sheets/" + id).document().select("a[href=/sheets/" + id + "/export.pdf]"))
			.hasSize(1);
	}

	@Test
	void draftsAreForStaffWhoseDownloadsAreLogged() throws Exception {
		String department = WebTestSupport.unique("下書き印刷部");
		UUID draft = store.save(SampleSheets.full(department, 2024), List.of(), "d.txt").id();
		WebTestSupport viewer = new WebTestSupport(port);
		TestUsers.TestUser user = new TestUsers(accounts, organizations).viewer();
		viewer.signIn(user);

		assertThat(download(draft, null, WebTestSupport.BROWSER_ACCEPT).statusCode()).isEqualTo(404);
		assertThat(download(UUID.randomUUID(), null, WebTestSupport.BROWSER_ACCEPT).statusCode()).isEqualTo(404);
		assertThat(new WebTestSupport(port).get("/sheets/not-a-sheet/export.pdf").status()).isEqualTo(404);
		HttpResponse<byte[]> staff = download(draft, viewer.session().cookie(), WebTestSupport.BROWSER_ACCEPT);

		assertThat(staff.statusCode()).isEqualTo(200);
		assertThat(new String(staff.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(exportsOf(draft)).singleElement().satisfies(e -> {
			assertThat(e.actorId()).isEqualTo(user.id());
			assertThat(e.summary()).startsWith("PDF: 豊中市 " + department + " 2024年度");
		});
	}

	@Test
	void withoutAFontTheAnswerIs503SayingWhatToInstall() throws Exception {
		UUID id = Publish.publish(workflows,
				store.save(SampleSheets.full(WebTestSupport.unique("字形なし部"), 2024), List.of(), "f.txt").id());
		System.setProperty("mokuhyo.pdf.font", "/nonexistent/mokuhyo-test-font.ttf");
		try {
			HttpResponse<byte[]> page = download(id, null, WebTestSupport.BROWSER_ACCEPT);
			HttpResponse<byte[]> problem = download(id, null, "application/json");

			assertThat(page.statusCode()).isEqualTo(503);
			String html = new String(page.body(), StandardCharsets.UTF_8);
			assertThat(html).contains("PDF を作成できません", "mokuhyo.pdf.font=/nonexistent/mokuhyo-test-font.ttf",
					"sudo apt-get install -y fonts-ipaexfont");
			assertThat(problem.statusCode()).isEqualTo(503);
			assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			JsonNode body = json.readTree(problem.body());
			assertThat(body.get("code").asString()).isEqualTo("NO_JAPANESE_FONT");
			assertThat(body.get("status").asInt()).isEqualTo(503);
			assertThat(body.get("detail").asString()).contains("apt-get");
			assertThat(body.get("type").asString()).isEqualTo("urn:mokuhyo:problem:no-japanese-font");
		}
		finally {
			System.clearProperty("mokuhyo.pdf.font");
		}
		assertThat(download(id, null, WebTestSupport.BROWSER_ACCEPT).statusCode()).isEqualTo(200);
	}

	/** The seed printed as another department's sheet. */
	private static byte[] seedPdf(String department) {
		byte[] text = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department).getBytes(StandardCharsets.UTF_8);
		SheetData sheet = SheetImporter.standard().parse(text, "seed.txt", new ImportOptions(null, "豊中市", "272035")).sheet();
		return new PdfSheetWriter(PdfFonts.of(null)).write(sheet);
	}

	@Test
	void aPdfImportsThroughTheApiAndTheImportPage() throws Exception {
		String viaApi = WebTestSupport.unique("PDF取込部");
		TestUsers users = new TestUsers(accounts, organizations);
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(
				new Multipart().file("file", "目標.pdf", "application/pdf", seedPdf(viaApi))
					.post(URI.create("http://localhost:" + port + "/api/v1/sheets/import")),
				(n, v) -> true).header("Authorization", users.admin().basic()).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode report = json.readTree(created.body()).get("report");
		assertThat(report.get("goals").asInt()).isEqualTo(5);
		assertThat(report.get("actions").asInt()).isEqualTo(44);
		assertThat(report.get("midTermGoals").asInt()).isEqualTo(7);
		assertThat(report.get("warnings")).isEmpty();
		SheetData stored = store.find(UUID.fromString(json.readTree(created.body()).get("id").asString())).orElseThrow();
		assertThat(stored.department().name()).isEqualTo(viaApi);
		assertThat(stored.fiscalYear()).isEqualTo(2024);

		String viaPage = WebTestSupport.unique("PDF画面取込部");
		WebTestSupport editor = new WebTestSupport(port);
		editor.signIn(users.editor(viaPage));
		var answer = editor.post("/import", new Multipart().file("file", "目標.pdf", "application/pdf", seedPdf(viaPage)));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).contains("/sheets/");
		assertThat(editor.follow(answer).document().select(".notice-success").text()).contains("目標5件", "注意0件");
	}

	@Test
	void badPdfsAreRefusedWithACodeAndNothingIsStored() throws Exception {
		String admin = new TestUsers(accounts, organizations).admin().basic();
		int before = jdbc.sql("select count(*) from goal_sheet").query(Integer.class).single();
		byte[] random = new byte[2048];
		new Random(3).nextBytes(random);
		byte[] damaged = random.clone();
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, damaged, 0, 9);

		for (var c : List.of(new Object[] { random, "BINARY" }, new Object[] { damaged, "PDF_UNREADABLE" },
				new Object[] { scan(), "NO_TEXT" })) {
			HttpResponse<String> refused = http.send(HttpRequest.newBuilder(
					new Multipart().file("file", "bad.pdf", "application/pdf", (byte[]) c[0])
						.post(URI.create("http://localhost:" + port + "/api/v1/sheets/import")),
					(n, v) -> true).header("Authorization", admin).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
			assertThat(json.readTree(refused.body()).get("code").asString()).isEqualTo(c[1]);
		}
		assertThat(jdbc.sql("select count(*) from goal_sheet").query(Integer.class).single()).isEqualTo(before);
	}

	private static byte[] scan() throws Exception {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				out.drawImage(LosslessFactory.createFromImage(document, new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB)),
						50, 500, 200, 200);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}
}
