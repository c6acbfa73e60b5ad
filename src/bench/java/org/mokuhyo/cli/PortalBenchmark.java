package org.mokuhyo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.mokuhyo.importer.ImportService;
import org.mokuhyo.portal.PublishedIndex;
import org.mokuhyo.search.SearchIndex;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bench-portal}: many municipalities × departments of one fiscal year, made from a seed sheet, stored as
 * published into a fresh throw-away database; then the time of a full search index build, the search API's latency
 * over a fixed list of queries, and the latency of one city's whole-city coverage page, as the public sees them.
 */
final class PortalBenchmark {

	static final int FISCAL_YEAR = BenchCities.FISCAL_YEAR;



	private static final int SEARCH_PASSES = 3;

	private static final int COVERAGE_WARM_UP = 20;

	private static final double SEARCH_P95_TARGET_MS = 20;

	private static final double COVERAGE_P99_TARGET_MS = 100;

	private static final double INDEX_TARGET_ACTIONS_PER_SECOND = 20_000;

	private final Class<?> application;

	private final PrintStream out;

	PortalBenchmark(Class<?> application, PrintStream stdout) {
		this.application = application;
		this.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
	}

	void run(Arguments args) throws UsageException, InputException {
		try {
			measure(args);
		}
		catch (IOException ex) {
			throw new InputException("見本ファイルを読めません: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	private void measure(Arguments args) throws UsageException, IOException, InterruptedException, ExecutionException {
		int municipalities = args.intOption("municipalities", 1741);
		int departments = args.intOption("departments", 20);
		int queryCount = args.intOption("queries", 100);
		int coverageRequests = args.intOption("coverage-requests", 200);
		int threads = args.intOption("import-threads", Runtime.getRuntime().availableProcessors());
		String coveragePath = args.option("coverage-path") == null ? "/browse/plan" : args.option("coverage-path");
		if (!coveragePath.startsWith("/")) {
			throw new UsageException("--coverage-path は / で始まるアドレスです: " + coveragePath);
		}
		if (municipalities > BenchCities.MAX_MUNICIPALITIES) {
			throw new UsageException("--municipalities は 9999 までです: " + municipalities);
		}
		if (args.positional().size() > 1) {
			throw new UsageException("見本ファイルは一つだけ指定してください");
		}
		List<Query> allQueries = queries();
		if (queryCount > allQueries.size()) {
			throw new UsageException("--queries は %d までです (bench/queries.txt の行数)".formatted(allQueries.size()));
		}
		List<Query> queries = allQueries.subList(0, queryCount);
		byte[] seed = args.positional().isEmpty() ? Benchmark.bundledSeed()
				: Files.readAllBytes(Path.of(args.positional().get(0)));
		String seedText = new String(seed, StandardCharsets.UTF_8);
		String seedDepartment = Benchmark.departmentOf(seedText);

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// command-line arguments, so they win over application.properties (default properties would not)
			.run("--server.port=0", "--mokuhyo.embedded-db.data-dir=", "--mokuhyo.search.index-dir=", "--mokuhyo.open-data.cache-dir=",
					"--logging.level.root=WARN", "--mokuhyo.embedded-db.pool-size=" + (threads + 4))) {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
			Integer stored = jdbc.queryForObject("select count(*) from goal_sheet", Integer.class);
			if (stored == null || stored != 0) {
				throw new IllegalStateException("the benchmark needs an empty database, found " + stored + " sheets");
			}
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			out.printf("mokuhyo portal benchmark — %d municipalities × %d departments × 1 fiscal year (%d), %d queries,"
					+ " %d coverage requests of %s%n", municipalities, departments, FISCAL_YEAR, queryCount,
					coverageRequests, coveragePath);
			out.printf("machine: %d cores, Java %s, PostgreSQL %s (embedded, fresh), load average %.2f%n",
					Runtime.getRuntime().availableProcessors(), Runtime.version(),
					jdbc.queryForObject("show server_version", String.class), loadAverage());

			// 1. load: every sheet stored as published, which also writes the portal's rows and queues the index
			SearchIndex search = context.getBean(SearchIndex.class);
			long t0 = System.nanoTime();
			int sheets = BenchCities.load(context.getBean(ImportService.class), seedText, seedDepartment, municipalities,
					departments, threads);
			double loadSeconds = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			search.awaitReady();
			out.printf("load: %d sheets stored as published (parse, store, publication, portal rows) in %.1f s ="
					+ " %.1f sheets/s (%d threads); the search index caught up %.1f s later%n", sheets, loadSeconds,
					sheets / loadSeconds, threads, (System.nanoTime() - t1) / 1e9);

			// 2. index build: the whole search index again from the database
			CpuTime cpu = CpuTime.of(context.getBean(javax.sql.DataSource.class));
			CpuTime.Sample before = cpu.now();
			long t2 = System.nanoTime();
			SearchIndex.Reindexed rebuilt = search.rebuildNow();
			while (!search.awaitReady()) {
				// rebuildNow waits five minutes at most: a big index may take longer
			}
			double indexSeconds = (System.nanoTime() - t2) / 1e9;
			CpuTime.Sample used = cpu.now().minus(before);
			long t3 = System.nanoTime();
			int portalSheets = context.getBean(PublishedIndex.class).rebuild();
			double portalSeconds = (System.nanoTime() - t3) / 1e9;
			long goals = count(jdbc, "public_goal");
			long actions = count(jdbc, "public_action");
			out.printf("sizes: %d sheets (%d in the portal's read model), %d goals, %d actions published; search index"
					+ " %.1f MB on disk%n", sheets, portalSheets, goals, actions, sizeOf(rebuilt.directory()) / 1e6);
			double actionsPerSecond = actions / indexSeconds;
			out.printf("index build (full search index rebuild from the database, %d sheets): %.1f s = %.0f actions/s"
					+ " (%.1f sheets/s)   target ≥ %,.0f actions/s: %s%n", rebuilt.sheets(), indexSeconds,
					actionsPerSecond, rebuilt.sheets() / indexSeconds, INDEX_TARGET_ACTIONS_PER_SECOND,
					verdict(actionsPerSecond >= INDEX_TARGET_ACTIONS_PER_SECOND));
			if (cpu.seesDatabase() && rebuilt.sheets() > 0) {
				// the wall-clock rate on a shared machine says little; the CPU a sheet costs does not depend on the others
				double perSheet = (used.jvmNanos() + used.databaseNanos()) / 1e6 / rebuilt.sheets();
				out.printf("  CPU per sheet in the build: %.2f ms Java + %.2f ms PostgreSQL = %.2f ms; one idle core would"
						+ " index %.0f actions/s%n", used.jvmNanos() / 1e6 / rebuilt.sheets(),
						used.databaseNanos() / 1e6 / rebuilt.sheets(), perSheet,
						actions / (double) rebuilt.sheets() * 1000 / perSheet);
			}
			out.printf("portal read model rebuild (for reference: it is kept up to date at each publication): %.1f s%n",
					portalSeconds);

			// 3. search through the API, 4. one city's coverage page: as the public, one client, one at a time
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String base = "http://localhost:" + port;
			List<String> withoutHits = new ArrayList<>();
			for (Query query : queries) { // warm-up pass, untimed
				if (total(get(client, base + query.path()).body()) == 0) {
					withoutHits.add(query.words() + (query.facets().isEmpty() ? "" : " (" + query.facets() + ")"));
				}
			}
			int withHits = queries.size() - withoutHits.size();
			List<Long> searchNanos = new ArrayList<>();
			for (int pass = 0; pass < SEARCH_PASSES; pass++) {
				for (Query query : queries) {
					searchNanos.add(get(client, base + query.path()).nanos());
				}
			}
			Latencies searched = Latencies.of(searchNanos);
			out.printf("search GET /api/v1/search?q=  %d (%d queries × %d passes, after 1 warm-up pass; %d of them with"
					+ " hits), 1 client: %s   target p95 < %.0f ms: %s%n", searched.count(), queryCount, SEARCH_PASSES,
					withHits, searched.summary(), SEARCH_P95_TARGET_MS,
					verdict(searched.percentile(95) < SEARCH_P95_TARGET_MS));
			if (!withoutHits.isEmpty()) {
				out.printf("  queries without hits: %s%n", String.join(", ", withoutHits));
			}

			String city = BenchCities.municipality(1);
			String coverage = base + coveragePath + "?municipality=" + encode(city) + "&year=" + FISCAL_YEAR;
			for (int i = 0; i < COVERAGE_WARM_UP; i++) {
				Response page = get(client, coverage);
				if (!page.body().contains(city)) {
					throw new IllegalStateException(coveragePath + " does not name " + city);
				}
			}
			List<Long> coverageNanos = new ArrayList<>();
			for (int i = 0; i < coverageRequests; i++) {
				coverageNanos.add(get(client, coverage).nanos());
			}
			Latencies covered = Latencies.of(coverageNanos);
			out.printf("coverage GET %s?municipality=%s&year=%d  %d (after %d warm-up), 1 client: %s   target p99 < %.0f"
					+ " ms: %s%n", coveragePath, city, FISCAL_YEAR, covered.count(), COVERAGE_WARM_UP, covered.summary(),
					COVERAGE_P99_TARGET_MS, verdict(covered.percentile(99) < COVERAGE_P99_TARGET_MS));
			out.printf("load average at the end %.2f%n", loadAverage());
		}
	}

	/** One line of {@code bench/queries.txt}: the words, and after a tab the facets (year=2024&department=総務部). */
	record Query(String words, String facets) {

		String path() {
			StringBuilder path = new StringBuilder("/api/v1/search?q=").append(encode(words));
			if (!facets.isEmpty()) {
				for (String pair : facets.split("&")) {
					int equals = pair.indexOf('=');
					path.append('&').append(pair, 0, equals + 1).append(encode(pair.substring(equals + 1)));
				}
			}
			return path.toString();
		}
	}

	static List<Query> queries() throws IOException {
		try (InputStream in = PortalBenchmark.class.getResourceAsStream("/bench/queries.txt")) {
			if (in == null) {
				throw new IOException("bench/queries.txt missing");
			}
			List<Query> queries = new ArrayList<>();
			for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int tab = line.indexOf('\t');
				queries.add(tab < 0 ? new Query(line.strip(), "")
						: new Query(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
			}
			return queries;
		}
	}

	private record Response(String body, long nanos) {
	}

	/** One GET as the public; anything but 200 stops the benchmark (a figure of error pages would mean nothing). */
	private static Response get(HttpClient client, String url) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
		long t = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		long nanos = System.nanoTime() - t;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return new Response(response.body(), nanos);
	}

	private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

	private static long total(String json) {
		Matcher m = TOTAL.matcher(json);
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static long count(JdbcTemplate jdbc, String table) {
		Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return n == null ? 0 : n;
	}

	private static long sizeOf(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					return 0; // merged away meanwhile
				}
			}).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String verdict(boolean met) {
		return met ? "met" : "NOT met";
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}
}
