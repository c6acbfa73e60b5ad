package org.mokuhyo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.mokuhyo.exchange.XlsxSheetWriter;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.workbook.ProgressWorkbookImport;
import org.mokuhyo.workbook.WorkbookImportReport;
import org.mokuhyo.workbook.YearWorkbooks;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench-exchange [--sheets 1000]} (§8): N variants of the seed in a fresh throw-away database, then, one
 * phase after the other on one thread, each sheet exported as .xlsx and as JSON to files, the year's workbook of all
 * of them exported and its progress imported (every row read and checked), and the .xlsx and JSON files imported
 * again as new sheets (after an untimed warm-up on up to 20 sheets) (parse + store, one transaction each): sheets/s of each phase and the peak of the used heap
 * during it (sampled every 50 ms, after a GC at its start).
 */
final class ExchangeBenchmark {

	private static final long SAMPLE_MILLIS = 50;

	private static final int DEPARTMENTS = 20;

	/** Sheets exported and parsed, untimed, before the first phase. */
	private static final int WARM_UP = 20;

	private final Class<?> application;

	private final PrintStream out;

	ExchangeBenchmark(Class<?> application, PrintStream stdout) {
		this.application = application;
		this.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
	}

	void run(Arguments args) throws UsageException, InputException {
		int sheets = args.intOption("sheets", 1000);
		if (args.positional().size() > 1) {
			throw new UsageException("見本ファイルは一つだけ指定してください");
		}
		int departments = Math.min(DEPARTMENTS, sheets);
		int municipalities = (sheets + departments - 1) / departments;
		if (municipalities > BenchCities.MAX_MUNICIPALITIES) {
			throw new UsageException("--sheets が多すぎます: " + sheets);
		}
		byte[] seed;
		try {
			seed = args.positional().isEmpty() ? Benchmark.bundledSeed() : Files.readAllBytes(Path.of(args.positional().get(0)));
		}
		catch (IOException ex) {
			throw new InputException("見本ファイルを読めません: " + ex.getMessage());
		}
		String seedText = new String(seed, StandardCharsets.UTF_8);
		Path work = null;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--mokuhyo.embedded-db.data-dir=", "--mokuhyo.search.index-dir=", "--mokuhyo.open-data.cache-dir=", "--logging.level.root=WARN")) {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
			Integer stored = jdbc.queryForObject("select count(*) from goal_sheet", Integer.class);
			if (stored == null || stored != 0) {
				throw new IllegalStateException("the benchmark needs an empty database, found " + stored + " sheets");
			}
			work = Files.createTempDirectory("mokuhyo-bench-exchange-");
			out.printf("mokuhyo exchange benchmark — %d sheets (%d municipalities × %d departments), fiscal year %d%n",
					municipalities * departments, municipalities, departments, BenchCities.FISCAL_YEAR);
			out.printf("machine: %d cores, Java %s, max heap %.0f MB; one thread; files in %s%n",
					Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() / 1e6,
					work);
			long t0 = System.nanoTime();
			int loaded = BenchCities.load(context.getBean(ImportService.class), seedText,
					Benchmark.departmentOf(seedText), municipalities, departments, 2);
			out.printf("load: %d sheets stored in %.1f s (not a figure of this benchmark)%n", loaded,
					(System.nanoTime() - t0) / 1e9);
			new Phases(context, work).run();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(work);
		}
	}

	private final class Phases {

		private final SheetStore store;

		private final ImportService imports;

		private final JsonMapper json;

		private final TransactionTemplate transaction;

		private final ConfigurableApplicationContext context;

		private final Path xlsxDir;

		private final Path jsonDir;

		private final Path workbook;

		private final List<SheetSummary> sheets;

		Phases(ConfigurableApplicationContext context, Path work) throws IOException {
			this.context = context;
			this.store = context.getBean(SheetStore.class);
			this.imports = context.getBean(ImportService.class);
			this.json = context.getBean(JsonMapper.class);
			this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			this.xlsxDir = Files.createDirectories(work.resolve("xlsx"));
			this.jsonDir = Files.createDirectories(work.resolve("json"));
			this.workbook = work.resolve("workbook.xlsx");
			this.sheets = store.list(BenchCities.FISCAL_YEAR, null);
		}

		void run() {
			int n = sheets.size();
			warmUp(Math.min(n, WARM_UP));
			measure("export .xlsx (sheet → XlsxSheetWriter → file)", n, () -> {
				for (int i = 0; i < n; i++) {
					SheetData sheet = store.find(sheets.get(i).id()).orElseThrow();
					write(xlsxDir.resolve(i + ".xlsx"), new XlsxSheetWriter().write(sheet));
				}
			});
			measure("export JSON (sheet → JSON → file)", n, () -> {
				for (int i = 0; i < n; i++) {
					SheetData sheet = store.find(sheets.get(i).id()).orElseThrow();
					write(jsonDir.resolve(i + ".json"), json.writeValueAsBytes(sheet));
				}
			});
			int[] rows = { 0 };
			measure("year's workbook export (all sheets, one .xlsx, streamed)", n, () -> {
				try (OutputStream stream = Files.newOutputStream(workbook)) {
					rows[0] = context.getBean(YearWorkbooks.class).write(BenchCities.FISCAL_YEAR, null, stream);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			out.printf("  workbook: %d action rows, %.2f MB%n", rows[0], size(workbook) / 1e6);
			WorkbookImportReport[] report = { null };
			long firstCity = context.getBean(org.mokuhyo.organization.Organizations.class)
				.findMunicipality(store.find(sheets.get(0).id()).orElseThrow().municipality())
				.orElseThrow()
				.id();
			measure("year's workbook progress import (every row read and checked; unchanged rows not saved)", n,
					() -> report[0] = context.getBean(ProgressWorkbookImport.class).importFile(workbook, 1, false,
							ImportProgressVerb.commandLine(firstCity)));
			out.printf("  import: %d rows read, %d unchanged, %d refused (other cities' rows: the command line acts"
					+ " for one municipality)%n", report[0].rowsRead(), report[0].unchangedRows(),
					report[0].errors().size());
			measure("import .xlsx (parse + store as a new sheet)", n, () -> {
				for (int i = 0; i < n; i++) {
					imports.importSheet(read(xlsxDir.resolve(i + ".xlsx")), i + ".xlsx",
							new ImportOptions(BenchCities.FISCAL_YEAR, "再取込市" + (i / DEPARTMENTS), null),
							ImportPermission.ANYONE, ImportAuthor.COMMAND_LINE);
				}
			});
			measure("import JSON (parse + store as a new sheet)", n, () -> {
				for (int i = 0; i < n; i++) {
					SheetData sheet = json.readValue(read(jsonDir.resolve(i + ".json")), SheetData.class);
					SheetData copy = newSheet(sheet, "JSON取込市" + (i / DEPARTMENTS));
					transaction.executeWithoutResult(
							status -> store.save(copy, List.of(), "bench.json", Change.importBy(null, "ベンチマーク")));
				}
			});
		}

		/**
		 * Writes and reads back the first sheets in memory, untimed, so that the first phase does not pay alone for
		 * loading POI and compiling the code every phase shares.
		 */
		private void warmUp(int count) {
			long t = System.nanoTime();
			for (int i = 0; i < count; i++) {
				SheetData sheet = store.find(sheets.get(i).id()).orElseThrow();
				byte[] xlsx = new XlsxSheetWriter().write(sheet);
				org.mokuhyo.importer.SheetImporter.standard().parse(xlsx, "warm-up.xlsx",
						new ImportOptions(BenchCities.FISCAL_YEAR, sheet.municipality(), null));
				json.readValue(json.writeValueAsBytes(sheet), SheetData.class);
			}
			out.printf("warm-up: %d sheets written and read back in memory in %.1f s (untimed)%n", count,
					(System.nanoTime() - t) / 1e9);
		}

		/** The phase on this thread with the used heap sampled meanwhile; prints sheets/s and the peak. */
		private void measure(String label, int sheets, Runnable phase) {
			HeapPeak heap = HeapPeak.start(SAMPLE_MILLIS);
			long t = System.nanoTime();
			try (heap) {
				phase.run();
			}
			double seconds = (System.nanoTime() - t) / 1e9;
			heap.sample();
			out.printf("%s: %d sheets in %.2f s = %.1f sheets/s; used heap after GC %.1f MB, peak %.1f MB (+%.1f MB)%n",
					label, sheets, seconds, sheets / seconds, heap.baseline() / 1e6, heap.peak() / 1e6,
					(heap.peak() - heap.baseline()) / 1e6);
		}
	}

	/** The sheet as a new one of another municipality: no ids, so that the store gives it its own. */
	static SheetData newSheet(SheetData sheet, String municipality) {
		List<AnnualGoal> goals = new ArrayList<>();
		for (AnnualGoal g : sheet.annualGoals()) {
			List<GoalItem> items = new ArrayList<>();
			for (GoalItem item : g.items()) {
				items.add(new GoalItem(null, item.label(), item.text(), item.actions().stream()
					.map(a -> new Action(null, a.label(), a.text(), a.subItems(), a.schedule(), a.tags(), a.targets()))
					.toList()));
			}
			goals.add(new AnnualGoal(null, g.number(), g.title(), g.priority(), items, g.planLinks(), g.policyLinks(),
					g.review()));
		}
		List<MidTermGoal> midTerms = sheet.midTermGoals().stream()
			.map(m -> new MidTermGoal(null, m.number(), m.title(), m.description(), m.descriptionItems(), m.steps(),
					m.planLinks(), m.policyLinks()))
			.toList();
		return new SheetData(null, null, municipality, null, sheet.fiscalYear(), sheet.fiscalYearLabel(),
				sheet.department(), sheet.missions(), sheet.policy(), goals, midTerms);
	}

	private static void write(Path file, byte[] content) {
		try {
			Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind is not worth failing the run
		}
	}
}
