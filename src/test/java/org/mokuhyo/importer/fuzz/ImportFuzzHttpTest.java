package org.mokuhyo.importer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.TableCounts;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A smaller share of the fuzz corpus through the door a program uses, the import API: every bomb and every 40th
 * mutation. None is a 5xx; each refusal is a problem with a documented code, and leaves every table as it was.
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
		List<FuzzCorpus.Input> all = FuzzCorpus.generate(FuzzCorpus.seeds(), ImportFuzzTest.MUTATIONS, 13);
		List<FuzzCorpus.Input> chosen = new ArrayList<>(FuzzCorpus.bombs());
		for (int i = 0; i < all.size(); i += 40) {
			chosen.add(all.get(i));
		}
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
}
