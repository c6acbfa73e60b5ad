package org.mokuhyo.importer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.TableCounts;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.bulk.Archives;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.web.admin.BulkImportPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A smaller share of the fuzz corpus through the doors people and programs use: the import API (every bomb and
 * every 40th mutation: none is a 5xx; each refusal is a problem with a code and leaves every table as it was) and the
 * bulk import's page (an archive of such files).
 */
@IntegrationTest
class ImportFuzzHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noInputIsAServerErrorAndARefusalStoresNothing() throws Exception {
		String basic = new TestUsers(accounts, organizations).admin().basic();
		List<FuzzCorpus.Input> chosen = new ArrayList<>(FuzzCorpus.bombs());
		chosen.addAll(FuzzCorpus.everyNth(FuzzCorpus.generate(FuzzCorpus.seeds(), ImportFuzzTest.MUTATIONS, 13), 40));
		HttpClient http = HttpClient.newHttpClient();
		List<String> wrong = new ArrayList<>();
		int refused = 0;
		for (FuzzCorpus.Input input : chosen) {
			Map<String, Integer> before = TableCounts.of(jdbc);
			Multipart form = new Multipart().file("file", input.name(), input.content()).field("municipality", "豊中市");
			HttpRequest post = HttpRequest
				.newBuilder(form.post(URI.create("http://localhost:" + port + "/api/v1/sheets/import")), (n, v) -> true)
				.header("Authorization", basic)
				.build();
			HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
			int status = answer.statusCode();
			if (status >= 500) {
				wrong.add(input.name() + ": " + status + " " + answer.body());
			}
			else if (status >= 400) {
				refused++;
				if (!TableCounts.of(jdbc).equals(before)) {
					wrong.add(input.name() + ": refused with " + status + " but the tables changed");
				}
				if (!answer.body().contains("\"code\"")) {
					wrong.add(input.name() + ": refused without a code: " + answer.body());
				}
			}
		}
		assertThat(chosen).hasSizeGreaterThan(70);
		assertThat(wrong).isEmpty();
		assertThat(refused).isGreaterThan(chosen.size() / 4);
	}

	/**
	 * The same share as one archive through the bulk import's page: it finishes, every file is listed as imported,
	 * unchanged or refused with a documented code (none an internal error), and only the imported files made
	 * versions.
	 */
	@Test
	void theBulkImportListsEveryInputAndStoresOnlyWhatItImported() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(users.admin());
		Map<String, byte[]> entries = new LinkedHashMap<>();
		int i = 0;
		for (FuzzCorpus.Input input : FuzzCorpus.everyNth(
				FuzzCorpus.generate(FuzzCorpus.seeds(), ImportFuzzTest.MUTATIONS, 17), 50)) {
			entries.put(String.format("%04d-%s", i++, input.name()), input.content());
		}
		FuzzCorpus.bombs().stream()
			.filter(b -> b.content().length < 4_000_000)
			.forEach(b -> entries.put(b.name(), b.content()));
		int versionsBefore = jdbc.sql("select count(*) from sheet_version").query(Integer.class).single();

		WebTestSupport.Response started = web.post("/imports/archive", new Multipart()
			.file("file", "fuzz.zip", "application/zip", Archives.zip(entries, StandardCharsets.UTF_8)));
		assertThat(started.status()).isEqualTo(302);
		String page = started.location().replaceFirst("^https?://[^/]+", "");
		Document done = BulkImportPages.awaitDone(web, page, Duration.ofMinutes(5));

		int imported = 0;
		for (String name : entries.keySet()) {
			Element row = done.select("tr").stream()
				.filter(r -> r.text().contains(name))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + name));
			String text = row.text();
			if (text.contains("取込み不可")) {
				// a file's codes, or the workflow's when the shared database holds that sheet under review
				assertThat(ImportRejectedException.FILE_CODES.stream().anyMatch(text::contains)
						|| text.contains("NOT_EDITABLE"))
					.as("a documented code for %s: %s", name, text)
					.isTrue();
			}
			else {
				assertThat(text).containsAnyOf("取込み済み", "変更なし");
				imported += text.contains("取込み済み") ? 1 : 0;
			}
			assertThat(text).doesNotContain("INTERNAL_ERROR");
		}
		int versionsAfter = jdbc.sql("select count(*) from sheet_version").query(Integer.class).single();
		assertThat(versionsAfter - versionsBefore).as("a version for each file imported, none for the refused")
			.isEqualTo(imported);
	}
}
