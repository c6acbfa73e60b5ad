package org.mokuhyo;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body as a browser sends it: form fields and file parts.
 */
public final class Multipart {

	private final String boundary = "----mokuhyo-test-" + UUID.randomUUID();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	public Multipart field(String name, String value) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
		return this;
	}

	/** A file input; an empty file name and content is what a browser sends when no file was chosen. */
	public Multipart file(String name, String fileName, String contentType, byte[] content) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		body.writeBytes(content);
		write("\r\n");
		return this;
	}

	public Multipart file(String name, String fileName, byte[] content) {
		return file(name, fileName, "text/plain", content);
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	public byte[] bytes() {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(body.toByteArray());
		all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return all.toByteArray();
	}

	public HttpRequest post(URI uri) {
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes()))
			.build();
	}

	private void write(String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
