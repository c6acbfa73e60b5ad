package org.mokuhyo.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.ServerProcess;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.cli.JarRun;
import org.mokuhyo.importer.fuzz.WorstCases;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Six uploads of the costliest documents the limits allow, at once, against a server with the heap the README
 * states as the least (384 MB: {@link ImportSlots} reads two of them at a time, the rest wait for a slot): every
 * one is answered (imported or refused, never a 5xx), the server does not run out of memory (it would exit: it runs
 * with ExitOnOutOfMemoryError), and after a full GC its heap is back near where it started.
 */
@IntegrationTest
class ImportMemoryTest {

	/** The documented least heap (README, "Memory"). */
	static final String HEAP = "-Xmx384m";

	@Autowired
	DataSource dataSource;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@TempDir
	Path dir;

	@Test
	void sixWorstCaseUploadsAtOnceAreAllAnsweredWithinTheHeap() throws Exception {
		String basic = new TestUsers(accounts, organizations).admin().basic();
		List<String> options = new ArrayList<>(JarRun.database(dataSource));
		options.addAll(List.of(HEAP, "-XX:+ExitOnOutOfMemoryError",
				"-Dmokuhyo.search.index-dir=", "-Dmokuhyo.open-data.cache-dir=", "-Dmokuhyo.import.queue-wait=PT5M"));
		try (ServerProcess server = ServerProcess.start(dir, options)) {
			HttpClient http = HttpClient.newHttpClient();
			String department = WebTestSupport.unique("記憶部");
			byte[] sample = SeedFixture.text().replace("市民協働部", department).getBytes(StandardCharsets.UTF_8);
			assertThat(upload(http, server, basic, "warm-up.txt", sample).join().statusCode()).isEqualTo(201);
			long start = server.heapAfterFullGc();

			Map<String, byte[]> worst = new LinkedHashMap<>();
			worst.put("one-character-lines.txt", "a\n".repeat(4_000_000).getBytes(StandardCharsets.US_ASCII));
			worst.put("many-cells.txt", "a\tb\t".repeat(2_600_000).getBytes(StandardCharsets.US_ASCII));
			WorstCases.all().forEach((name, bytes) -> worst.put(name, name.equals("worst.txt")
					? new String(bytes, StandardCharsets.UTF_8).replace("市民協働部", department + "二")
						.getBytes(StandardCharsets.UTF_8)
					: bytes));
			worst.remove("worst-layout.txt"); // six at once: the two text bombs and one of each other format
			Map<String, CompletableFuture<HttpResponse<String>>> answers = new LinkedHashMap<>();
			worst.forEach((name, bytes) -> answers.put(name, upload(http, server, basic, name, bytes)));

			Map<String, Integer> statuses = new LinkedHashMap<>();
			answers.forEach((name, answer) -> statuses.put(name, answer.join().statusCode()));
			assertThat(statuses).hasSize(6);
			assertThat(statuses.values()).allSatisfy(status -> assertThat(status).isIn(201, 409, 413, 422));
			assertThat(statuses).containsEntry("one-character-lines.txt", 413).containsEntry("many-cells.txt", 413);
			assertThat(server.isAlive()).as("the server is still running").isTrue();
			assertThat(server.log()).doesNotContain("OutOfMemoryError");
			assertThat(server.heapAfterFullGc()).as("heap after a full GC, MB (started at %d)", start)
				.isLessThan(start + 48);
		}
	}

	private static CompletableFuture<HttpResponse<String>> upload(HttpClient http, ServerProcess server, String basic,
			String name, byte[] bytes) {
		Multipart form = new Multipart().file("file", name, bytes).field("municipality", "豊中市")
			.field("fiscalYear", "2024");
		HttpRequest post = HttpRequest
			.newBuilder(form.post(URI.create("http://localhost:" + server.port() + "/api/v1/sheets/import")),
					(n, v) -> true)
			.header("Authorization", basic)
			.build();
		return http.sendAsync(post, HttpResponse.BodyHandlers.ofString());
	}
}
