package org.mokuhyo.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.opendata.OpenDataSchemas;
import org.mokuhyo.opendata.StrictCsv;
import org.mokuhyo.portal.BrowseFixture;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** The downloads page and the files over HTTP, as the public gets them. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	JsonMapper json;

	private final HttpClient client = HttpClient.newHttpClient();

	private String city;

	@BeforeAll
	void publish() {
		city = "?municipality=" + WebTestSupport.encode(BrowseFixture.create(store, workflows).municipality());
	}

	@Test
	void thePageListsEveryFileOfEachYearWithItsSizeAsDownloaded() throws Exception {
		HttpResponse<byte[]> page = get("/open-data" + city);
		assertThat(page.statusCode()).isEqualTo(200);
		Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
		assertThat(doc.select("h1").text()).startsWith("オープンデータ");
		assertThat(doc.select("nav.site-nav a[href^=/open-data]").attr("aria-current")).isEqualTo("page");
		assertThat(doc.text()).contains("CC BY 4.0");
		assertThat(doc.select("h3").eachText()).anyMatch(t -> t.contains("2024")).anyMatch(t -> t.contains("2023"));
		List<Element> rows = doc.select("table.open-data-files tbody tr");
		// two years and every year: 9 files each; the code lists: 4
		assertThat(rows).hasSize(3 * 9 + 4);
		int checked = 0;
		for (Element row : rows) {
			Element link = row.selectFirst("th[scope=row] a");
			HttpResponse<byte[]> file = get(link.attr("href"));
			assertThat(file.statusCode()).as(link.attr("href")).isEqualTo(200);
			String size = row.select("td.num").last().text();
			assertThat(size.replace(",", "")).as(link.attr("href")).contains(file.body().length + " バイト");
			checked++;
		}
		assertThat(checked).isEqualTo(31);
		assertThat(doc.select("table.open-data-files th[scope=col]").eachText()).contains("ファイル", "サイズ");
	}

	@Test
	void contentTypesAndDisposition() throws Exception {
		HttpResponse<byte[]> csv = get("/open-data/2024/goals.csv" + city);
		assertThat(MediaType.parseMediaType(csv.headers().firstValue("Content-Type").orElseThrow()))
			.isEqualTo(MediaType.parseMediaType("text/csv; charset=UTF-8"));
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("2024-goals.csv");
		assertThat(StrictCsv.parse(csv.body()).get(0)).startsWith("全国地方公共団体コード", "地方公共団体名", "年度");

		HttpResponse<byte[]> english = get("/open-data/2024/goals.csv" + city + "&header=en");
		assertThat(StrictCsv.parse(english.body()).get(0)).startsWith("municipality_code", "municipality");

		HttpResponse<byte[]> sheets = get("/open-data/all/sheets.json" + city);
		assertThat(MediaType.parseMediaType(sheets.headers().firstValue("Content-Type").orElseThrow())
			.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(OpenDataSchemas.sheetsViolations(json.readTree(sheets.body()))).isEmpty();

		HttpResponse<byte[]> plan = get("/open-data/codes/plan.json" + city);
		assertThat(OpenDataSchemas.codesViolations(json.readTree(plan.body()))).isEmpty();
		assertThat(new String(plan.body(), StandardCharsets.UTF_8)).contains("3-2-(1)");
		List<List<String>> policies = StrictCsv.parse(get("/open-data/codes/policies.csv" + city).body());
		assertThat(policies.stream().map(r -> r.get(2))).contains("12", "45");

		HttpResponse<byte[]> zip = get("/open-data/2024/csv.zip" + city);
		assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
		assertThat(zip.body()[0]).isEqualTo((byte) 'P');

		HttpResponse<byte[]> columns = get("/open-data/schemas/targets.csv-metadata.json");
		assertThat(columns.statusCode()).isEqualTo(200);
		assertThat(json.readTree(columns.body()).path("tableSchema").path("columns").get(10).path("name").asString())
			.isEqualTo("target_id");
	}

	@Test
	void aBadYearOrFileIsRefusedInJapanese() throws Exception {
		HttpResponse<byte[]> abc = get("/open-data/abc/goals.csv");
		assertThat(abc.statusCode()).isEqualTo(400);
		assertThat(new String(abc.body(), StandardCharsets.UTF_8)).contains("年度は西暦の4桁の数字で入力してください");
		assertThat(get("/open-data/1800/goals.csv").statusCode()).isEqualTo(400);
		HttpResponse<byte[]> unknown = get("/open-data/2024/secret.csv");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("というファイルはありません");
		assertThat(get("/open-data/2024/goals.csv?header=fr").statusCode()).isEqualTo(400);
		assertThat(get("/open-data/codes/users.csv").statusCode()).isEqualTo(404);
		assertThat(get("/open-data/schemas/users.csv-metadata.json").statusCode()).isEqualTo(404);
		// a year with nothing published: the headers only
		assertThat(StrictCsv.parse(get("/open-data/2031/actions.csv" + city).body())).hasSize(1);
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}
}
