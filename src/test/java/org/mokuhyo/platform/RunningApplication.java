package org.mokuhyo.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.MokuhyoApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application in the test's JVM, on a random port, with a database of the test's own: unlike
 * {@code @IntegrationTest}'s shared context, its database may be stopped, killed and started again.
 */
final class RunningApplication implements AutoCloseable {

	final ConfigurableApplicationContext context;

	final int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private RunningApplication(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * Started with these properties ({@code name=value}) besides the test defaults (no files kept). Given as
	 * command-line arguments: they must win over application.properties (the builder's default properties do not).
	 */
	static RunningApplication start(String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "mokuhyo.search.index-dir=",
				"mokuhyo.open-data.cache-dir=", "mokuhyo.embedded-db.pool-size=4"));
		all.addAll(List.of(properties));
		return new RunningApplication(new SpringApplicationBuilder(MokuhyoApplication.class)
			.web(WebApplicationType.SERVLET)
			.run(all.stream().map(property -> "--" + property).toArray(String[]::new)));
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Asks {@code /health/ready} until it answers 200, for at most {@code limit}; the last answer's status. Waiting,
	 * not timing: the test asserts the status.
	 */
	int awaitReady(Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		int status;
		do {
			status = get("/health/ready").statusCode();
			if (status == 200) {
				return status;
			}
			Thread.sleep(250);
		}
		while (System.nanoTime() < deadline);
		return status;
	}

	@Override
	public void close() {
		context.close();
	}
}
