package org.mokuhyo.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.TableCounts;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * With every import slot of the server taken (the reads of other uploads), a further upload waits the queue time,
 * then is refused without being read: the API with 429 BUSY and Retry-After, the page with the form again and a
 * message saying to send it a moment later; nothing is stored. Once a slot is free the same file imports.
 */
@IntegrationTest
class ImportBusyTest {

	@LocalServerPort
	int port;

	@Autowired
	ImportSlots slots;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void aFullServerSaysBusyAndStoresNothing() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String basic = users.admin().basic();
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(users.admin());
		String department = WebTestSupport.unique("混雑部");
		String text = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);

		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch taken = new CountDownLatch(slots.size());
		ExecutorService holders = Executors.newFixedThreadPool(slots.size());
		List<java.util.concurrent.Future<?>> held = new ArrayList<>();
		try {
			for (int i = 0; i < slots.size(); i++) {
				held.add(holders.submit(() -> slots.runWaiting(() -> {
					taken.countDown();
					try {
						return release.await(2, TimeUnit.MINUTES);
					}
					catch (InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
				})));
			}
			assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
			Map<String, Integer> before = TableCounts.of(jdbc);

			var api = ApiUploads.sheet(port, basic, text, Map.of());
			assertThat(api.statusCode()).isEqualTo(429);
			assertThat(api.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
			assertThat(json.readTree(api.body()).get("code").asString()).isEqualTo("BUSY");

			WebTestSupport.Response page = web.post("/import", new Multipart()
				.file("file", "sheet.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8))
				.field("municipality", "豊中市"));
			assertThat(page.status()).isEqualTo(429);
			assertThat(page.document().selectFirst("#import-error").text()).contains("取込みが混み合っています");
			assertThat(TableCounts.of(jdbc)).isEqualTo(before);
		}
		finally {
			release.countDown();
			for (var h : held) {
				h.get(1, TimeUnit.MINUTES);
			}
			holders.shutdown();
		}
		assertThat(ApiUploads.sheet(port, basic, text, Map.of()).statusCode()).isEqualTo(201);
	}
}
