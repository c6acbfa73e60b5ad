package org.mokuhyo.importer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.mokuhyo.Multipart;

/** A sheet's text posted to {@code POST /api/v1/sheets/import} as a program does it, for 豊中市. */
public final class ApiUploads {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ApiUploads() {
	}

	/** @param fields more form fields (e.g. replace=true) */
	public static HttpResponse<String> sheet(int port, String authorization, String text, Map<String, String> fields)
			throws IOException, InterruptedException {
		Multipart form = new Multipart().file("file", "sheet.txt", text.getBytes(StandardCharsets.UTF_8))
			.field("municipality", "豊中市");
		fields.forEach(form::field);
		HttpRequest post = HttpRequest
			.newBuilder(form.post(URI.create("http://localhost:" + port + "/api/v1/sheets/import")), (n, v) -> true)
			.header("Authorization", authorization)
			.build();
		return HTTP.send(post, HttpResponse.BodyHandlers.ofString());
	}
}
