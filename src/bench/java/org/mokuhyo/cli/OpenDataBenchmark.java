package org.mokuhyo.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import org.mokuhyo.importer.ImportService;
import org.mokuhyo.opendata.CountingStream;
import org.mokuhyo.opendata.CsvLevel;
import org.mokuhyo.opendata.OpenDataExport;
import org.mokuhyo.opendata.OpenDataScope;
import org.mokuhyo.organization.Organizations;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bench-open-data}: many cities' published sheets of one fiscal year ({@link BenchCities}) in a fresh
 * throw-away database, then the whole year's CSV files (every level, every municipality) streamed to a stream that
 * keeps nothing: rows/s, bytes, and the peak of the used heap (sampled every 5 ms, after a GC before the start),
 * once for one city and once for all of them, so that one can see memory does not grow with the data.
 */
final class OpenDataBenchmark {

	private static final long SAMPLE_MILLIS = 5;

	private final Class<?> application;

	private final PrintStream out;

	OpenDataBenchmark(Class<?> application, PrintStream stdout) {
		this.application = application;
		this.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
	}

	void run(Arguments args) throws UsageException, InputException {
		int municipalities = args.intOption("municipalities", 1741);
		int departments = args.intOption("departments", 20);
		int threads = args.intOption("import-threads", Runtime.getRuntime().availableProcessors());
		if (municipalities > BenchCities.MAX_MUNICIPALITIES) {
			throw new UsageException("--municipalities は " + BenchCities.MAX_MUNICIPALITIES + " までです: " + municipalities);
		}
		if (args.positional().size() > 1) {
			throw new UsageException("見本ファイルは一つだけ指定してください");
		}
		byte[] seed;
		try {
			seed = args.positional().isEmpty() ? Benchmark.bundledSeed() : Files.readAllBytes(Path.of(args.positional().get(0)));
		}
		catch (IOException ex) {
			throw new InputException("見本ファイルを読めません: " + ex.getMessage());
		}
		String seedText = new String(seed, StandardCharsets.UTF_8);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--mokuhyo.embedded-db.data-dir=", "--mokuhyo.search.index-dir=", "--mokuhyo.open-data.cache-dir=", "--logging.level.root=WARN",
					"--mokuhyo.embedded-db.pool-size=" + (threads + 4))) {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
			Integer stored = jdbc.queryForObject("select count(*) from goal_sheet", Integer.class);
			if (stored == null || stored != 0) {
				throw new IllegalStateException("the benchmark needs an empty database, found " + stored + " sheets");
			}
			out.printf("mokuhyo open-data benchmark — %d municipalities × %d departments, fiscal year %d%n",
					municipalities, departments, BenchCities.FISCAL_YEAR);
			out.printf("machine: %d cores, Java %s, max heap %.0f MB%n", Runtime.getRuntime().availableProcessors(),
					Runtime.version(), Runtime.getRuntime().maxMemory() / 1e6);
			long t0 = System.nanoTime();
			int sheets = BenchCities.load(context.getBean(ImportService.class), seedText,
					Benchmark.departmentOf(seedText), municipalities, departments, threads);
			double loadSeconds = (System.nanoTime() - t0) / 1e9;
			out.printf("load: %d sheets stored as published in %.1f s (%.1f sheets/s; not a target)%n", sheets,
					loadSeconds, sheets / loadSeconds);

			OpenDataExport export = context.getBean(OpenDataExport.class);
			long firstCity = context.getBean(Organizations.class).findMunicipality(BenchCities.municipality(1))
				.orElseThrow().id();
			measure(export, "one city (" + BenchCities.municipality(1) + ")",
					new OpenDataScope(firstCity, BenchCities.municipality(1), null, BenchCities.FISCAL_YEAR));
			measure(export, "every city", new OpenDataScope(null, null, null, BenchCities.FISCAL_YEAR));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Every CSV file of the scope, one after the other, to a discarding stream, with the heap sampled meanwhile. */
	private void measure(OpenDataExport export, String label, OpenDataScope scope) {
		long rows = 0;
		CountingStream sink = new CountingStream();
		HeapPeak heap = HeapPeak.start(SAMPLE_MILLIS);
		long t = System.nanoTime();
		try (heap) {
			for (CsvLevel level : CsvLevel.values()) {
				rows += export.writeCsv(level, scope, false, sink);
			}
		}
		double seconds = (System.nanoTime() - t) / 1e9;
		out.printf("whole-year CSV export, %s: %d files, %,d rows, %.1f MB in %.2f s = %,.0f rows/s (%.1f MB/s);"
				+ " used heap after GC before %.1f MB, peak during %.1f MB (+%.1f MB)%n", label, CsvLevel.values().length,
				rows, sink.count() / 1e6, seconds, rows / seconds, sink.count() / 1e6 / seconds, heap.baseline() / 1e6,
				heap.peak() / 1e6, (heap.peak() - heap.baseline()) / 1e6);
	}
}
