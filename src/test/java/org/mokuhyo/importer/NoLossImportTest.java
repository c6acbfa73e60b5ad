package org.mokuhyo.importer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.TableCounts;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import never replaces a sheet's content with less unless a person confirms it (issue 12 §5), and truncated,
 * empty and not-a-sheet files are refused alike, through the upload form and through the API; every refusal leaves
 * every table as it was.
 */
@IntegrationTest
class NoLossImportTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private WebTestSupport web;

	private String basic;

	@BeforeEach
	void signIn() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		web = new WebTestSupport(port);
		web.signIn(users.admin());
		basic = users.admin().basic();
	}

	private static String seedAs(String department) {
		return SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);
	}

	/** The seed without its fifth annual goal (its two rows of column titles, its row and its links' row). */
	private static String withoutGoal5(String text) {
		String[] lines = text.split("\n", -1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			int line = i + 1;
			if (line < 46 || line > 49) {
				out.append(lines[i]).append('\n');
			}
		}
		return out.toString();
	}

	private static Multipart file(String text) {
		return new Multipart().file("file", "sheet.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8))
			.field("municipality", "豊中市");
	}

	private SheetData current(String department) {
		return store.find("豊中市", department, 2024).orElseThrow();
	}

	@Test
	void theFormRefusesToDropAGoalUntilAPersonConfirms() throws Exception {
		String department = WebTestSupport.unique("減少確認部");
		assertThat(web.post("/import", file(seedAs(department))).status()).isEqualTo(302);
		SheetData before = current(department);
		assertThat(before.annualGoals()).hasSize(5);
		Map<String, Integer> tables = TableCounts.of(jdbc);

		WebTestSupport.Response refused = web.post("/import", file(withoutGoal5(seedAs(department))));
		assertThat(refused.status()).isEqualTo(409);
		Document page = refused.document();
		assertThat(page.selectFirst("#import-error").text()).contains("当年度目標5「人権尊重・平和啓発」")
			.contains("第1版");
		assertThat(page.selectFirst("input#import-replace[type=checkbox][name=replace]")).isNotNull();
		assertThat(page.selectFirst("label[for=import-replace]").text()).isEqualTo("内容が減っても置き換える");
		assertThat(TableCounts.of(jdbc)).isEqualTo(tables);
		assertThat(current(department)).isEqualTo(before);

		WebTestSupport.Response confirmed = web.post("/import",
				file(withoutGoal5(seedAs(department))).field("replace", "true"));
		assertThat(confirmed.status()).isEqualTo(302);
		SheetData after = current(department);
		assertThat(after.version()).isEqualTo(2);
		assertThat(after.annualGoals()).hasSize(4);
	}

	@Test
	void theApiRefusesWithWouldRemoveAndReplacesOnlyWhenAskedTo() throws Exception {
		String department = WebTestSupport.unique("減少API部");
		assertThat(upload(seedAs(department), Map.of()).statusCode()).isEqualTo(201);
		String written = seedAs(department).replaceFirst("【今年度末に記載】\t【今年度末に記載】", "助成金を12団体に交付した。\t周知が課題。");
		assertThat(upload(written, Map.of()).statusCode()).isEqualTo(201);
		SheetData before = current(department);
		Map<String, Integer> tables = TableCounts.of(jdbc);

		// the year-end review written in version 2 would be lost by importing the plan again
		HttpResponse<String> refused = upload(seedAs(department), Map.of());
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.get("code").asString()).isEqualTo("WOULD_REMOVE");
		assertThat(problem.get("detail").asString()).contains("目標1の実績").contains("目標1の課題・今後の方向性")
			.contains("replace=true");
		assertThat(TableCounts.of(jdbc)).isEqualTo(tables);
		assertThat(current(department)).isEqualTo(before);

		HttpResponse<String> replaced = upload(seedAs(department), Map.of("replace", "true"));
		assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(201);
		assertThat(json.readTree(replaced.body()).get("version").asInt()).isEqualTo(3);
		assertThat(current(department).annualGoals().get(0).review().results()).isNull();
	}

	@Test
	void truncatedEmptyAndNotASheetAreRefusedAlikeOnTheFormAndTheApi() throws Exception {
		String department = WebTestSupport.unique("切断部");
		assertThat(upload(seedAs(department), Map.of()).statusCode()).isEqualTo(201);
		Map<String, Integer> tables = TableCounts.of(jdbc);
		byte[] seed = seedAs(department).getBytes(StandardCharsets.UTF_8);
		String first300 = new String(seed, 0, 300, StandardCharsets.UTF_8).replace("\uFFFD", "");
		Map<String, String> files = Map.of("TRUNCATED", first300, "NOT_A_SHEET", "令和6年度の予算について\n説明会を開催します。\n",
				"SECTION_EMPTY", seedAs(department).substring(0, seedAs(department).indexOf("4. 中期目標")) + "4. 中期目標\n");
		for (Map.Entry<String, String> bad : files.entrySet()) {
			HttpResponse<String> api = upload(bad.getValue(), Map.of());
			assertThat(api.statusCode()).as(api.body()).isEqualTo(422);
			assertThat(json.readTree(api.body()).get("code").asString()).isEqualTo(bad.getKey());
			WebTestSupport.Response form = web.post("/import", file(bad.getValue()));
			assertThat(form.status()).as(bad.getKey()).isEqualTo(422);
			assertThat(form.document().selectFirst("#import-error")).isNotNull();
		}
		WebTestSupport.Response empty = web.post("/import",
				new Multipart().file("file", "empty.txt", "text/plain", new byte[0]));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(upload("", Map.of()).statusCode()).isEqualTo(422);
		assertThat(TableCounts.of(jdbc)).isEqualTo(tables);
	}

	private HttpResponse<String> upload(String text, Map<String, String> fields) throws Exception {
		return ApiUploads.sheet(port, basic, text, fields);
	}

}
