package org.mokuhyo.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A sheet's Excel and PDF files carry an ETag of the version they are of: a reader who has it gets a 304, and a
 * newly published version is a new file with a new tag.
 */
@IntegrationTest
class ExportRevalidationTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void eachFormatIsRevalidatedByItsVersionsTag() throws Exception {
		String department = WebTestSupport.unique("再検証部");
		UUID id = Publish.publish(workflows, store.save(SampleSheets.full(department, 2024), List.of(), "a.txt").id());

		for (String format : List.of("xlsx", "pdf")) {
			String path = "/sheets/" + id + "/export." + format;
			HttpResponse<byte[]> first = get(path);
			assertThat(first.statusCode()).as(format).isEqualTo(200);
			String tag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).as(format).isEqualTo("no-cache");

			HttpResponse<byte[]> again = get(path, "If-None-Match", tag);
			assertThat(again.statusCode()).as(format).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			// a second reader without the file gets the same bytes (kept, not made again)
			assertThat(get(path).body()).as(format).isEqualTo(first.body());
		}

		String xlsxTag = get("/sheets/" + id + "/export.xlsx").headers().firstValue("ETag").orElseThrow();
		store.save(SampleSheets.withTitle(SampleSheets.full(department, 2024), 0, "改めた目標"), List.of(), "b.txt");
		Publish.publish(workflows, id);
		HttpResponse<byte[]> newer = get("/sheets/" + id + "/export.xlsx", "If-None-Match", xlsxTag);
		assertThat(newer.statusCode()).isEqualTo(200);
		assertThat(newer.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(xlsxTag);
	}
}
