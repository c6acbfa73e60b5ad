package org.mokuhyo.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.opendata.OpenDataFiles;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A download is sent from the file made for the published sheets as they stand: its length, an ETag a repeated
 * download revalidates with (304), byte ranges, and a new file (and tag) after the next publication, the old one
 * removed.
 */
@IntegrationTest
class OpenDataDownloadsTest {

	private static final int YEAR = 2077;

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	OpenDataFiles files;

	private final HttpClient client = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private void publish(String department) {
		Publish.publish(workflows, store.save(SampleSheets.full(department, YEAR), List.of(), "d.txt").id());
	}

	@Test
	void aDownloadHasALengthATagAndRangesAndChangesWithTheNextPublication() throws Exception {
		String first = WebTestSupport.unique("配布一部");
		publish(first);
		String path = "/open-data/" + YEAR + "/goals.csv?municipality=272035";

		HttpResponse<byte[]> csv = get(path);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(first);
		assertThat(csv.headers().firstValueAsLong("Content-Length").orElseThrow()).isEqualTo(csv.body().length);
		String tag = csv.headers().firstValue("ETag").orElseThrow();
		assertThat(csv.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");

		HttpResponse<byte[]> again = get(path, "If-None-Match", tag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		HttpResponse<byte[]> part = get(path, "Range", "bytes=10-29");
		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.body()).isEqualTo(Arrays.copyOfRange(csv.body(), 10, 30));
		assertThat(part.headers().firstValue("Content-Range").orElseThrow())
			.isEqualTo("bytes 10-29/" + csv.body().length);

		String second = WebTestSupport.unique("配布二部");
		publish(second);
		HttpResponse<byte[]> after = get(path, "If-None-Match", tag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains(first).contains(second);
		assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(tag);

		// one file of this scope is kept: the earlier state's is gone
		try (Stream<java.nio.file.Path> kept = Files.list(files.directory())) {
			assertThat(kept.map(p -> p.getFileName().toString())
				.filter(n -> n.contains("-" + YEAR + "-ja-") && n.endsWith("-goals.csv"))).hasSize(1);
		}
		// the English header is its own file
		HttpResponse<byte[]> english = get(path + "&header=en");
		assertThat(new String(english.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFmunicipality_code");
		assertThat(english.headers().firstValue("ETag").orElseThrow())
			.isNotEqualTo(after.headers().firstValue("ETag").orElseThrow());
	}

	@Test
	void readersAskingAtOnceForAFileNotMadeYetAllGetTheOneFile() throws Exception {
		publish(WebTestSupport.unique("同時部"));
		String path = "/open-data/" + YEAR + "/actions.csv?municipality=272035&header=en";
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<HttpResponse<byte[]>>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 6; i++) {
				answers.add(pool.submit(() -> get(path)));
			}
			byte[] first = null;
			for (java.util.concurrent.Future<HttpResponse<byte[]>> answer : answers) {
				HttpResponse<byte[]> response = answer.get();
				assertThat(response.statusCode()).isEqualTo(200);
				if (first == null) {
					first = response.body();
				}
				assertThat(response.body()).isEqualTo(first);
			}
		}
		finally {
			pool.shutdownNow();
		}
		try (Stream<java.nio.file.Path> kept = Files.list(files.directory())) {
			List<String> names = kept.map(p -> p.getFileName().toString()).toList();
			assertThat(names).filteredOn(n -> n.contains("-" + YEAR + "-en-") && n.endsWith("-actions.csv")).hasSize(1);
			assertThat(names).noneMatch(n -> n.endsWith(".part"));
		}
	}
}
