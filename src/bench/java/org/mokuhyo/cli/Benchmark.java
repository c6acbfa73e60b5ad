package org.mokuhyo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.importer.SheetImporter;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench}: imports a seed sheet 1,000 times as different departments and years (as published sheets) into a
 * fresh throw-away database, then loads the sheet JSON and the sheet page with concurrent clients, and prints the figures.
 */
final class Benchmark {

	private final Class<?> application;

	private final PrintStream out;

	Benchmark(Class<?> application, PrintStream out) {
		this.application = application;
		this.out = out;
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
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	private void measure(Arguments args) throws UsageException, IOException, InterruptedException,
			java.util.concurrent.ExecutionException {
		int sheets = args.intOption("sheets", 1000);
		int clients = args.intOption("clients", 16);
		int requests = args.intOption("requests", 4000);
		int importThreads = args.intOption("import-threads", Runtime.getRuntime().availableProcessors());
		int seconds = args.intOption("seconds", 5);
		String generator = Optional.ofNullable(args.option("load-generator")).orElse("auto");
		if (!List.of("auto", "wrk", "java").contains(generator)) {
			throw new UsageException("--load-generator は auto, wrk, java のいずれかです");
		}
		boolean wrk = generator.equals("wrk") || generator.equals("auto") && WrkLoad.available();
		if (generator.equals("wrk") && !WrkLoad.available()) {
			throw new UsageException("wrk が見つかりません (Debian: apt-get install wrk)");
		}
		byte[] seed = args.positional().isEmpty() ? bundledSeed() : Files.readAllBytes(Path.of(args.positional().get(0)));
		String seedText = new String(seed, StandardCharsets.UTF_8);
		String department = departmentOf(seedText);

		out.printf("mokuhyo benchmark — %d sheets, %d clients, %d cores, Java %s%n", sheets, clients,
				Runtime.getRuntime().availableProcessors(), Runtime.version());
		out.printf("steady-state reads: %s%n", wrk ? WrkLoad.version() + ", " + seconds + " s per endpoint"
				: "clients in this JVM, " + requests + " requests per endpoint (install wrk to measure the server alone)");
		List<byte[]> variants = variants(seedText, department, "", sheets);
		// sheets of other departments that warm the JVM up (JIT) before anything is timed
		List<byte[]> warmUp = variants(seedText, department, "準備", Math.min(WARM_UP_SHEETS, sheets));

		// parse only: the importer without a database
		SheetImporter importer = SheetImporter.standard();
		for (int i = 0; i < 1000; i++) {
			importer.parse(warmUp.get(i % warmUp.size()), "bench.txt", new ImportOptions(yearOf(i), null, null));
		}
		long t0 = System.nanoTime();
		for (int i = 0; i < sheets; i++) {
			importer.parse(variants.get(i), "bench.txt", new ImportOptions(yearOf(i), null, null));
		}
		double parseSeconds = (System.nanoTime() - t0) / 1e9;
		out.printf("parse only (1 thread):      %8.1f sheets/s%n", sheets / parseSeconds);

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// command-line arguments, so they win over application.properties (default properties would not)
			.run("--server.port=0", "--mokuhyo.embedded-db.data-dir=", "--mokuhyo.search.index-dir=", "--mokuhyo.open-data.cache-dir=",
					"--logging.level.root=WARN",
					"--mokuhyo.embedded-db.pool-size=" + (Math.max(clients, importThreads) + 2))) {
			Integer stored = new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.queryForObject("select count(*) from goal_sheet", Integer.class);
			if (stored == null || stored != 0) {
				throw new IllegalStateException("the benchmark needs an empty database, found " + stored + " sheets");
			}
			ImportService imports = context.getBean(ImportService.class);
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));

			// warm-up: every code path the measured phases take, first reads (rendering) included
			UUID[] warmIds = importAll(imports, warmUp, importThreads);
			for (String path : List.of("/api/v1/sheets/", "/sheets/")) {
				runClients(port, warmIds, path, clients, warmIds.length, true);
				if (wrk) {
					WrkLoad.run(port, warmIds, path, clients, 2, 2);
				}
				else {
					runClients(port, warmIds, path, clients, warmIds.length * 10, false);
				}
			}

			CpuTime cpu = CpuTime.of(context.getBean(javax.sql.DataSource.class));
			CpuTime.Sample before = cpu.now();
			long start = System.nanoTime();
			UUID[] ids = importAll(imports, variants, importThreads);
			double importSeconds = (System.nanoTime() - start) / 1e9;
			CpuTime.Sample used = cpu.now().minus(before);
			out.printf("import, parse + store (%d threads): %8.1f sheets/s  (%d sheets in %.2f s)%n", importThreads,
					sheets / importSeconds, sheets, importSeconds);
			if (cpu.seesDatabase()) {
				double perSheet = (used.jvmNanos() + used.databaseNanos()) / 1e6 / sheets;
				out.printf("  CPU per sheet: %.2f ms Java + %.2f ms PostgreSQL = %.2f ms; %d idle cores would import"
						+ " %.0f sheets/s%n", used.jvmNanos() / 1e6 / sheets, used.databaseNanos() / 1e6 / sheets,
						perSheet, Runtime.getRuntime().availableProcessors(),
						Runtime.getRuntime().availableProcessors() * 1000 / perSheet);
			}

			for (String path : List.of("/api/v1/sheets/", "/sheets/")) {
				long begin = System.nanoTime();
				long[] first = runClients(port, ids, path, clients, ids.length, true);
				report(path, "first read", clients, first, (System.nanoTime() - begin) / 1e9);
			}
			for (String path : List.of("/api/v1/sheets/", "/sheets/")) {
				if (wrk) {
					WrkLoad.Result r = WrkLoad.run(port, ids, path, clients, 2, seconds);
					if (r.errors() > 0 || r.non2xx() > 0) {
						throw new IllegalStateException(path + ": " + r.errors() + " errors, " + r.non2xx() + " non-2xx");
					}
					out.printf(RESULT_FORMAT, path + "{id}", "steady state", clients, r.p50() / 1e3, r.p99() / 1e3,
							r.max() / 1e3, r.requests() / (r.durationMicros() / 1e6));
				}
				else {
					long begin = System.nanoTime();
					long[] repeat = runClients(port, ids, path, clients, requests, false);
					report(path, "steady state", clients, repeat, (System.nanoTime() - begin) / 1e9);
				}
			}
		}
	}

	private static final int WARM_UP_SHEETS = 200;

	private static final String RESULT_FORMAT = "GET %-22s %-12s %2d clients: p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %7.1f req/s%n";

	private static List<byte[]> variants(String seedText, String department, String prefix, int count) {
		List<byte[]> variants = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			variants.add(seedText.replaceFirst("部局\t" + java.util.regex.Pattern.quote(department),
					"部局\t" + prefix + department + "-" + (i / 20 + 1)).getBytes(StandardCharsets.UTF_8));
		}
		return variants;
	}

	/** Imports every variant, each as its own transaction, on {@code threads} threads; the sheet ids in order. */
	private static UUID[] importAll(ImportService imports, List<byte[]> variants, int threads)
			throws InterruptedException, java.util.concurrent.ExecutionException {
		UUID[] ids = new UUID[variants.size()];
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int first = t;
			futures.add(pool.submit(() -> {
				for (int i = first; i < ids.length; i += threads) {
					// published, as the city's archive is loaded: the reads below are the public's
					ids[i] = imports.importSheet(variants.get(i), "bench.txt", new ImportOptions(yearOf(i), null, null),
							org.mokuhyo.importer.ImportPermission.ANYONE,
							org.mokuhyo.importer.ImportAuthor.COMMAND_LINE.asPublished())
						.sheetId();
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		return ids;
	}

	private void report(String path, String phase, int clients, long[] latencies, double seconds) {
		Arrays.sort(latencies);
		out.printf(RESULT_FORMAT, path + "{id}", phase, clients, percentile(latencies, 50), percentile(latencies, 99),
				latencies[latencies.length - 1] / 1e6, latencies.length / seconds);
	}

	/** {@code clients} threads, each a keep-alive HTTP client, sharing {@code requests} requests; the latencies. */
	private static long[] runClients(int port, UUID[] ids, String path, int clients, int requests, boolean eachOnce)
			throws InterruptedException, java.util.concurrent.ExecutionException {
		long[] latencies = new long[requests];
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int firstIndex = c;
			futures.add(pool.submit(() -> {
				byte[] buffer = new byte[64 * 1024];
				for (int i = firstIndex; i < requests; i += clients) {
					UUID id = eachOnce ? ids[i % ids.length] : ids[ThreadLocalRandom.current().nextInt(ids.length)];
					long t = System.nanoTime();
					HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path + id)
						.toURL()
						.openConnection();
					int status = connection.getResponseCode();
					try (InputStream body = connection.getInputStream()) {
						while (body.read(buffer) >= 0) {
							// read it all, so the connection is reused
						}
					}
					latencies[i] = System.nanoTime() - t;
					if (status != 200) {
						throw new IllegalStateException(path + id + " answered " + status);
					}
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		return latencies;
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	private static int yearOf(int i) {
		return 2005 + i % 20;
	}

	static String departmentOf(String seedText) {
		var m = java.util.regex.Pattern.compile("部局\t([^\t\n]+)").matcher(seedText);
		if (!m.find()) {
			throw new IllegalArgumentException("部局名の行が見つかりません");
		}
		return m.group(1);
	}

	static byte[] bundledSeed() throws IOException {
		try (InputStream in = Benchmark.class.getResourceAsStream("/samples/toyonaka-shimin-kyodo-2024.txt")) {
			if (in == null) {
				throw new IOException("bundled seed missing");
			}
			return in.readAllBytes();
		}
	}
}
