package org.mokuhyo.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetJson;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code bench-edits}: many people of many departments saving edits of their department's sheet at once through the
 * real edit form, on a fresh throw-away database with the web server started; prints saves/s, the save latency,
 * the conflicts, and the lost updates found afterwards in the stored versions (must be none: the exit status is 1
 * otherwise). Then the history pages of one sheet with many versions: the comparison of two versions and the list.
 */
final class EditBenchmark {

	/** The sample's own fiscal year: every sheet of the benchmark is of the same year, one per department. */
	private static final int FISCAL_YEAR = 2024;

	/** Cost of the one hash written over the bench accounts' own (Spring's default is 10: ~75 ms a sign-in here). */
	private static final int BENCH_BCRYPT_COST = 4;

	private final Class<?> application;

	private final PrintStream out;

	EditBenchmark(Class<?> application, PrintStream out) {
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
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	private void measure(Arguments args) throws UsageException, InputException, IOException, InterruptedException,
			ExecutionException {
		int seconds = args.intOption("seconds", 60);
		int departments = args.intOption("departments", 50);
		int usersPerDepartment = args.intOption("users-per-department", 20);
		int versions = args.intOption("versions", 1000);
		int comparisons = args.intOption("comparisons", 500);
		if (versions < 2) {
			throw new UsageException("--versions には 2 以上の整数を指定してください: " + versions);
		}
		if (args.positional().size() > 1) {
			throw new UsageException("見本ファイルは一つだけ指定してください");
		}
		byte[] seed = args.positional().isEmpty() ? Benchmark.bundledSeed()
				: Files.readAllBytes(Path.of(args.positional().get(0)));
		String seedText = new String(seed, StandardCharsets.UTF_8);
		String department = Benchmark.departmentOf(seedText);

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// command-line arguments, so they win over application.properties (default properties would not)
			// a save's 500 is counted and printed as a figure; its stack trace, once per failed save, would bury them
			.run("--server.port=0", "--mokuhyo.embedded-db.data-dir=", "--mokuhyo.search.index-dir=", "--mokuhyo.open-data.cache-dir=", "--logging.level.root=WARN",
					"--logging.level.org.apache.catalina.core.ContainerBase=OFF", "--mokuhyo.embedded-db.pool-size=20")) {
			DataSource dataSource = context.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			Integer stored = jdbc.queryForObject("select count(*) from goal_sheet", Integer.class);
			if (stored == null || stored != 0) {
				throw new IllegalStateException("the benchmark needs an empty database, found " + stored + " sheets");
			}
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			out.printf("mokuhyo edit benchmark — %d departments × %d users, %d s; history of %d versions%n", departments,
					usersPerDepartment, seconds, versions);
			out.printf("machine: %d cores, Java %s, PostgreSQL %s (embedded, fresh), load average %.2f%n",
					Runtime.getRuntime().availableProcessors(), Runtime.version(),
					jdbc.queryForObject("show server_version", String.class), loadAverage());

			// setup: a draft sheet per department, and one more for the history
			ImportService imports = context.getBean(ImportService.class);
			SheetStore store = context.getBean(SheetStore.class);
			Organizations organizations = context.getBean(Organizations.class);
			long t0 = System.nanoTime();
			List<UUID> sheets = new ArrayList<>();
			List<DepartmentRef> refs = new ArrayList<>();
			for (int d = 1; d <= departments; d++) {
				String name = department + "-編集" + d;
				sheets.add(importAs(imports, seedText, department, name));
				refs.add(departmentOf(organizations, store, sheets.get(d - 1)));
			}
			UUID historySheet = importAs(imports, seedText, department, department + "-履歴");
			out.printf("setup: %d sheets imported (drafts) in %.1f s%n", departments + 1, (System.nanoTime() - t0) / 1e9);

			String password = generatedPassword();
			long t1 = System.nanoTime();
			List<EditLoad.Editor> editors = createEditors(context.getBean(Accounts.class), refs, sheets,
					usersPerDepartment, password);
			String viewer = "bench-viewer";
			context.getBean(Accounts.class).create(viewer, "閲覧 ベンチ", password, refs.get(0).municipalityId(),
					EnumSet.of(Role.VIEWER), Set.of());
			double accountSeconds = (System.nanoTime() - t1) / 1e9;
			// Accounts takes no ready hash, so each account above cost a bcrypt of Spring's cost 10; the sign-ins need
			// not pay that again: for the benchmark only, one cheaper hash of the same password replaces them all
			int replaced = jdbc.update("update app_user set password_hash = ? where username like 'bench-%'",
					"{bcrypt}" + new BCryptPasswordEncoder(BENCH_BCRYPT_COST).encode(password));
			out.printf("setup: %d editors + 1 viewer created through Accounts in %.1f s (bcrypt cost 10 each); then,"
					+ " for the benchmark only, their hashes replaced by one bcrypt cost-%d hash of the same generated"
					+ " password (%d accounts), so the sign-ins cost ~1 ms of CPU instead of ~75 ms%n", editors.size(),
					accountSeconds, BENCH_BCRYPT_COST, replaced);

			// the load: everybody edits at once
			// the first seconds of the same load are not counted: the JIT compilers are still at work then
			int warmUp = Math.max(1, Math.min(10, seconds / 6));
			CpuTime cpu = CpuTime.of(dataSource);
			CpuTime.Sample before = cpu.now();
			EditLoad.Outcome load = new EditLoad(port, password).run(editors, warmUp, seconds);
			CpuTime.Sample used = cpu.now().minus(before);
			int saves = load.saveNanos().size();
			out.printf("sign-in: %d people through the sign-in form (each a session of its own) in %.1f s%n",
					editors.size(), load.signInSeconds());
			out.printf("edits (after %d s of warm-up under the same load): %d saves in %.1f s = %.1f saves/s;"
					+ " conflicts (409) %d, server errors (500) %d, retries %d, given up at the end %d; load average"
					+ " %.2f%n", warmUp, saves, load.seconds(), saves / load.seconds(), load.conflicts(),
					load.serverErrors(), load.retries(), load.abandoned(), loadAverage());
			out.printf("  POST /sheets/{id}/edit/basics  saved (302)  %6d: %s%n", saves,
					Latencies.of(load.saveNanos()).summary());
			out.printf("  GET  /sheets/{id}/edit/basics  opened (200) %6d: %s%n", load.openNanos().size(),
					Latencies.of(load.openNanos()).summary());
			int allSaves = load.acknowledged().values().stream().mapToInt(Collection::size).sum();
			if (cpu.seesDatabase() && allSaves > 0) {
				out.printf("  CPU per save over the whole load (sign-ins, warm-up, page opens and refused saves included):"
						+ " %.1f ms Java (server and clients) + %.1f ms PostgreSQL%n", used.jvmNanos() / 1e6 / allSaves,
						used.databaseNanos() / 1e6 / allSaves);
			}

			// lost updates: what the people saw succeed, against what the versions hold
			long t2 = System.nanoTime();
			LostUpdates.Result check = LostUpdates.NONE;
			for (int d = 0; d < departments; d++) {
				UUID id = sheets.get(d);
				int current = store.findJson(id).orElseThrow().version();
				check = check.plus(LostUpdates.check(refs.get(d).name(), load.acknowledged().get(id),
						load.refused().get(id), current,
						v -> store.findJson(id, v).map(SheetJson::json).orElse("")));
			}
			out.printf("lost updates: %d (%d acknowledged saves checked in %d versions written, %.1f s);"
					+ " refused saves found stored: %d%n", check.lost(), check.acknowledged(), check.versionsWritten(),
					(System.nanoTime() - t2) / 1e9, check.refusedButStored());

			history(store, historySheet, versions, port, viewer, password, comparisons);

			if (check.lost() > 0 || check.refusedButStored() > 0) {
				throw new InputException("失われた更新があります: " + check.lost() + " 件、拒否したのに保存された更新: "
						+ check.refusedButStored() + " 件\n  " + String.join("\n  ", check.examples()));
			}
		}
	}

	/** One sheet given {@code versions} versions through the store, then its comparison and versions pages. */
	private void history(SheetStore store, UUID id, int versions, int port, String viewer, String password,
			int comparisons) throws IOException, InterruptedException {
		long t0 = System.nanoTime();
		SheetData first = store.find(id).orElseThrow();
		for (int v = 2; v <= versions; v++) {
			SheetData sheet = store.find(id).orElseThrow();
			store.save(smallChange(first, sheet, v), List.of(), null, Change.edit(null, "ベンチマーク", v - 1));
		}
		out.printf("history: %d versions of one sheet saved through SheetStore in %.1f s%n", versions,
				(System.nanoTime() - t0) / 1e9);

		BenchBrowser browser = new BenchBrowser(BenchBrowser.sharedClient(), port);
		browser.signIn(viewer, password);
		Random random = new Random(20241);
		for (int i = 0; i < 20; i++) { // warm-up: templates and code paths of the pages, untimed
			page(browser, "/sheets/" + id + "/compare?from=" + (1 + random.nextInt(versions - 1)) + "&to=" + versions);
			page(browser, "/sheets/" + id + "/versions");
		}
		List<Long> compare = new ArrayList<>();
		for (int i = 0; i < comparisons; i++) {
			int a = 1 + random.nextInt(versions);
			int b = 1 + random.nextInt(versions - 1);
			b = b >= a ? b + 1 : b; // another version than a
			compare.add(page(browser, "/sheets/" + id + "/compare?from=" + Math.min(a, b) + "&to=" + Math.max(a, b)));
		}
		long whole = page(browser, "/sheets/" + id + "/compare?from=1&to=" + versions);
		compare.add(whole);
		List<Long> list = new ArrayList<>();
		for (int i = 0; i < Math.max(20, comparisons / 5); i++) {
			list.add(page(browser, "/sheets/" + id + "/versions"));
		}
		out.printf("  GET /sheets/{id}/compare?from=&to=  %4d (%d random pairs and 1→%d), 1 client: %s%n", compare.size(),
				comparisons, versions, Latencies.of(compare).summary());
		out.printf("  GET /sheets/{id}/compare?from=1&to=%d alone: %.2f ms%n", versions, whole / 1e6);
		out.printf("  GET /sheets/{id}/versions          %4d (%d versions listed), 1 client: %s%n", list.size(), versions,
				Latencies.of(list).summary());
	}

	/** One line of the 使命 or of the 方針's items, in turn, marked with the version it was changed for. */
	private static SheetData smallChange(SheetData first, SheetData s, int version) {
		List<String> missions = new ArrayList<>(s.missions());
		List<String> items = new ArrayList<>(s.policy().items());
		int line = version % (missions.size() + items.size());
		if (line < missions.size()) {
			missions.set(line, first.missions().get(line) + "（第" + version + "版で修正）");
		}
		else {
			int item = line - missions.size();
			items.set(item, first.policy().items().get(item) + "（第" + version + "版で修正）");
		}
		Policy policy = new Policy(s.policy().statement(), items, s.policy().summary());
		return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
				s.fiscalYearLabel(), s.department(), missions, policy, s.annualGoals(), s.midTermGoals());
	}

	private static long page(BenchBrowser browser, String path) throws IOException, InterruptedException {
		BenchBrowser.Page page = browser.get(path);
		if (page.status() != 200) {
			throw new IllegalStateException(path + " answered " + page.status());
		}
		return page.nanos();
	}

	private static UUID importAs(ImportService imports, String seedText, String department, String name) {
		byte[] variant = seedText.replaceFirst("部局\t" + java.util.regex.Pattern.quote(department), "部局\t" + name)
			.getBytes(StandardCharsets.UTF_8);
		return imports.importSheet(variant, "bench.txt", new ImportOptions(FISCAL_YEAR, null, null),
				ImportPermission.ANYONE, ImportAuthor.COMMAND_LINE)
			.sheetId();
	}

	private static DepartmentRef departmentOf(Organizations organizations, SheetStore store, UUID sheet) {
		SheetData data = store.find(sheet).orElseThrow();
		return organizations.findDepartment(data.municipality(), data.department().name()).orElseThrow();
	}

	/** {@code perDepartment} editors of each department, created on as many threads as there are cores. */
	private static List<EditLoad.Editor> createEditors(Accounts accounts, List<DepartmentRef> departments,
			List<UUID> sheets, int perDepartment, String password) throws InterruptedException, ExecutionException {
		List<EditLoad.Editor> editors = new ArrayList<>();
		for (int d = 0; d < departments.size(); d++) {
			for (int u = 1; u <= perDepartment; u++) {
				editors.add(new EditLoad.Editor(d * perDepartment + u, "bench-d" + (d + 1) + "-u" + u, sheets.get(d)));
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			List<Future<?>> created = new ArrayList<>();
			for (EditLoad.Editor editor : editors) {
				DepartmentRef department = departments.get((editor.number() - 1) / perDepartment);
				created.add(pool.submit(() -> accounts.create(editor.username(), "編集者 " + editor.number(), password,
						department.municipalityId(), EnumSet.of(Role.EDITOR), Set.of(department.id()))));
			}
			for (Future<?> f : created) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return editors;
	}

	/** A new password for each run: the throw-away accounts are reachable only while the benchmark runs. */
	private static String generatedPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return "bench-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}
}
