package org.mokuhyo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.mokuhyo.account.AccountException;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.exchange.XlsxSheetWriter;
import org.mokuhyo.importer.DefaultMunicipality;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportOutcome;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.sheet.SheetLimitException;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.organization.MunicipalityChangeRefusedException;
import org.mokuhyo.organization.MunicipalityMaintenance;
import org.mokuhyo.pdf.PdfExport;
import org.mokuhyo.pdf.PdfFontMissingException;
import org.mokuhyo.search.SearchIndex;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verbs. {@code convert} runs the importer with only configuration and the JSON mapper around it, so it needs
 * no database; {@code import} and {@code export} start the application without its web server.
 */
final class Verbs {

	private static final String USAGE = """
			使い方:
			  java -jar mokuhyo.jar convert ファイル [--fiscal-year 2024] [--municipality 豊中市]
			      目標シートを読み取り、JSON を標準出力に出します (保存はしません)。報告は標準エラーに出ます。
			  java -jar mokuhyo.jar import ファイル [--fiscal-year 2024] [--municipality 豊中市] [--published] [--replace]
			      目標シートを読み取って保存し、報告を出します。下書きとして入ります。--published は公表済みの
			      シート（市の公表資料）として取り込みます。今の版にある目標・方針・振り返りがなくなる取込みは
			      断ります (WOULD_REMOVE)。確認のうえ置き換えるときだけ --replace を付けます。
			  java -jar mokuhyo.jar import-archive ZIPまたはフォルダ [--fiscal-year 2024] [--municipality 豊中市] [--published]
			  java -jar mokuhyo.jar import-archive --resume ID
			      多数のシート（.zip、またはフォルダとその下のフォルダ）を1件ずつ取り込み、進み具合を標準エラーに、
			      ファイルごとの結果を標準出力に出します。取り込めないファイルがあれば終了コード 1。中断したら --resume で
			      続きから再開します（取り込み済みのファイルは二度取り込みません）。
			  java -jar mokuhyo.jar export --department 部局名 --fiscal-year 2024 [--municipality 豊中市]
			      [--format json|xlsx|pdf] [--output ファイル]
			      保存されている目標シートを JSON（既定）、Excel（xlsx）、印刷用 PDF（A4横）で出します。xlsx と pdf は
			      --output が必要です。
			  java -jar mokuhyo.jar create-admin ユーザー名 [--municipality 豊中市] [--code 272035] [--display-name 表示名]
			      最初の管理者を作ります。パスワードは環境変数 MOKUHYO_ADMIN_PASSWORD、なければ標準入力から読みます (12文字以上)。
			      --code を付けると自治体をそのコードで登録してから作ります。
			  java -jar mokuhyo.jar municipalities
			      この環境の自治体を、コード・名前・部局数・シート数・公開シート数・利用者数の表（タブ区切り）で出します。
			  java -jar mokuhyo.jar add-municipality 自治体名 --code 272035
			      自治体を全国地方公共団体コード（6桁、検査数字付き）とともに登録します。コードのない自治体にはコードを付けます。
			  java -jar mokuhyo.jar remind-progress [--date 2024-07-07]
			      進捗報告の期限が7日以内か過ぎている部局の編集者に督促メールを送ります (spring.mail.host の設定が必要)。
			  java -jar mokuhyo.jar reindex
			      検索の索引 (mokuhyo.search.index-dir) を公表済みのシートから作り直します。サーバーが動いて
			      いるときは、サーバーに作り直しを依頼します。
			  java -jar mokuhyo.jar bench [見本ファイル] [--sheets 1000] [--clients 16] [--seconds 5]
			      [--load-generator auto|wrk|java] [--requests 4000]
			      使い捨てのデータベースで取込みと表示の速さを測り、結果を出します。
			  java -jar mokuhyo.jar bench-edits [見本ファイル] [--seconds 60] [--departments 50]
			      [--users-per-department 20] [--versions 1000] [--comparisons 500]
			      使い捨てのデータベースで、大勢が同時に編集を保存する速さ、失われた更新の数（0 でなければ終了コード 1）、
			      版の多いシートの比較・版の一覧の速さを測り、結果を出します。
			  java -jar mokuhyo.jar bench-portal [見本ファイル] [--municipalities 1741] [--departments 20] [--queries 100]
			      [--coverage-requests 200] [--coverage-path /browse/plan] [--import-threads 2]
			      使い捨てのデータベースに多数の市区町村・部局の公表済みシートを作り、検索の索引を作る速さ、検索 API と
			      市全体の対応状況のページの応答時間を測り、目標と並べて出します。
			  java -jar mokuhyo.jar open-data --fiscal-year 2024|--all --output ディレクトリ [--municipality 豊中市] [--header en]
			      公表済みのシートのオープンデータ (sheets.json、階層ごとの CSV と列の説明、CSV の zip、コードリスト) を書き出します。
			  java -jar mokuhyo.jar bench-open-data [見本ファイル] [--municipalities 1741] [--departments 20]
			      使い捨てのデータベースに公表済みのシートを作り、1年度分の CSV を書き出す速さと最大ヒープを測ります。
			  java -jar mokuhyo.jar export-workbook --fiscal-year 2024 --output ファイル.xlsx [--municipality 豊中市]
			      年度のすべての部局の取組みを1行ずつ、目標値と四半期ごとの進捗とともに Excel の一覧表に書き出します
			      （--municipality を省くとすべての自治体）。
			  java -jar mokuhyo.jar import-progress ファイル.xlsx --quarter 1〜4 [--valid-rows-only] [--municipality 豊中市]
			      一覧表に書き込んだ一つの四半期の進捗（進捗状況・実績・コメント）を取り込みます。誤りのある行があれば
			      何も保存せず（--valid-rows-only では正しい行だけ保存し）、誤りを行・列ごとに出して終了コード 1。
			  java -jar mokuhyo.jar bench-exchange [見本ファイル] [--sheets 1000]
			      使い捨てのデータベースで、シートを .xlsx と JSON で書き出す速さと取り込む速さ（シート/秒）、
			      年度の一覧表の書き出しと進捗の取込みの速さ、それぞれの最大ヒープを測ります。
			終了コード: 0 成功、1 入力の問題、2 使い方の誤り""";

	private static final Set<String> FILE_OPTIONS = Set.of("fiscal-year", "municipality");

	private static final Set<String> ARCHIVE_OPTIONS = Set.of("fiscal-year", "municipality", "resume");

	private static final Set<String> BENCH_OPTIONS = Set.of("sheets", "clients", "requests", "import-threads",
			"seconds", "load-generator");

	private static final Set<String> BENCH_EDITS_OPTIONS = Set.of("seconds", "departments", "users-per-department",
			"versions", "comparisons");

	private static final Set<String> BENCH_PORTAL_OPTIONS = Set.of("municipalities", "departments", "queries",
			"coverage-requests", "coverage-path", "import-threads");

	private static final Set<String> EXPORT_OPTIONS = Set.of("department", "fiscal-year", "municipality", "output",
			"format");

	private static final Set<String> OPEN_DATA_OPTIONS = Set.of("fiscal-year", "output", "municipality", "header");

	private static final Set<String> BENCH_OPEN_DATA_OPTIONS = Set.of("municipalities", "departments", "import-threads");

	private static final Set<String> EXPORT_WORKBOOK_OPTIONS = Set.of("fiscal-year", "output", "municipality");

	private static final Set<String> IMPORT_PROGRESS_OPTIONS = Set.of("quarter", "municipality");

	private static final Set<String> BENCH_EXCHANGE_OPTIONS = Set.of("sheets");

	private static final Set<String> ADMIN_OPTIONS = Set.of("municipality", "code", "display-name");

	private static final Set<String> REMIND_OPTIONS = Set.of("date");

	private final Class<?> application;

	private final PrintStream stdout;

	private final PrintStream stderr;

	Verbs(Class<?> application, PrintStream stdout, PrintStream stderr) {
		this.application = application;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	int run(String[] args) {
		try {
			switch (args.length == 0 ? "" : args[0]) {
				case "convert" -> convert(Arguments.parse(args, FILE_OPTIONS));
				case "import" -> importFile(Arguments.parse(args, FILE_OPTIONS, Set.of("published", "replace")));
				case "import-archive" -> {
					return new ArchiveImport(stdout, stderr).run(
							Arguments.parse(args, ARCHIVE_OPTIONS, Set.of("published")), () -> application(application).run());
				}
				case "export" -> export(Arguments.parse(args, EXPORT_OPTIONS));
				case "create-admin" -> createAdmin(Arguments.parse(args, ADMIN_OPTIONS));
				case "municipalities" -> {
					Arguments arguments = Arguments.parse(args, Set.of());
					try (ConfigurableApplicationContext context = application(application).run()) {
						new MunicipalityVerbs(stdout).list(context, arguments);
					}
				}
				case "add-municipality" -> {
					Arguments arguments = Arguments.parse(args, Set.of("code"));
					try (ConfigurableApplicationContext context = application(application).run()) {
						new MunicipalityVerbs(stdout).add(context, arguments);
					}
				}
				case "remind-progress" -> remindProgress(Arguments.parse(args, REMIND_OPTIONS));
				case "reindex" -> reindex(Arguments.parse(args, Set.of()));
				case "bench" -> new Benchmark(application, stdout).run(Arguments.parse(args, BENCH_OPTIONS));
				case "bench-edits" -> new EditBenchmark(application, stdout).run(Arguments.parse(args, BENCH_EDITS_OPTIONS));
				case "bench-portal" -> new PortalBenchmark(application, stdout)
					.run(Arguments.parse(args, BENCH_PORTAL_OPTIONS));
				case "open-data" -> openData(Arguments.parse(args, OPEN_DATA_OPTIONS, Set.of("all")));
				case "bench-open-data" -> new OpenDataBenchmark(application, stdout)
					.run(Arguments.parse(args, BENCH_OPEN_DATA_OPTIONS));
				case "export-workbook" -> exportWorkbook(Arguments.parse(args, EXPORT_WORKBOOK_OPTIONS));
				case "import-progress" -> {
					return importProgress(Arguments.parse(args, IMPORT_PROGRESS_OPTIONS, Set.of("valid-rows-only")));
				}
				case "bench-exchange" -> new ExchangeBenchmark(application, stdout)
					.run(Arguments.parse(args, BENCH_EXCHANGE_OPTIONS));
				default -> throw new UsageException("知らないコマンドです: " + (args.length == 0 ? "" : args[0]));
			}
			return 0;
		}
		catch (UsageException ex) {
			stderr.println(ex.getMessage());
			stderr.println(USAGE);
			return 2;
		}
		catch (InputException ex) {
			stderr.println(ex.getMessage());
			return 1;
		}
		catch (ImportRejectedException ex) {
			stderr.println("取り込めません [" + ex.code() + "]: " + ex.getMessage());
			return 1;
		}
		catch (SheetLimitException ex) {
			stderr.println("保存できません [" + ex.code() + "]: " + ex.getMessage());
			return 1;
		}
		catch (SnapshotUnreadableException ex) {
			stderr.println((ex.refusedSave() ? "保存できません [" : "読み込めません [") + ex.code() + "]: " + ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			// Not the input's fault (the database, the configuration): say what broke, in one line.
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			stderr.println("処理できませんでした: " + cause.getMessage() + " (" + cause.getClass().getSimpleName() + ")");
			return 1;
		}
	}

	private void convert(Arguments arguments) throws UsageException, InputException {
		String file = arguments.file();
		ImportOptions options = new ImportOptions(arguments.fiscalYear(), arguments.option("municipality"), null);
		byte[] content = read(file);
		try (ConfigurableApplicationContext context = application(ConvertContext.class).run()) {
			ImportOptions effective = DefaultMunicipality.from(context.getEnvironment()).applyTo(options);
			ImportResult result = SheetImporter.standard().parse(content, fileName(file), effective);
			ReportText.lines(result.report()).forEach(stderr::println);
			printJson(context.getBean(JsonMapper.class), result.sheet(), stdout);
		}
	}

	private void importFile(Arguments arguments) throws UsageException, InputException {
		String file = arguments.file();
		ImportOptions options = new ImportOptions(arguments.fiscalYear(), arguments.option("municipality"), null,
				arguments.flag("replace"));
		byte[] content = read(file);
		try (ConfigurableApplicationContext context = application(application).run()) {
			ImportAuthor author = arguments.flag("published") ? ImportAuthor.COMMAND_LINE.asPublished()
					: ImportAuthor.COMMAND_LINE;
			ImportOutcome outcome = context.getBean(ImportService.class)
				.importSheet(content, fileName(file), options, ImportPermission.ANYONE, author);
			PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
			ReportText.lines(outcome.report()).forEach(out::println);
			out.println(!outcome.changed() ? "内容に変更がないため保存しませんでした (版 %d のまま, id %s)"
					.formatted(outcome.version(), outcome.sheetId())
					: "保存しました: 版 %d%s (id %s)".formatted(outcome.version(), outcome.replaced() ? "、前の版を置き換え" : "",
							outcome.sheetId()));
			out.println(outcome.published() ? "公表済みのシートとして登録しました。" : "下書きとして登録しました。公表は手続き（提出・承認・公表）の後です。");
		}
	}

	private void export(Arguments arguments) throws UsageException, InputException {
		arguments.noPositional();
		String department = arguments.required("department");
		arguments.required("fiscal-year");
		int fiscalYear = arguments.fiscalYear();
		String output = arguments.option("output");
		String format = arguments.option("format") == null ? "json" : arguments.option("format");
		if (!Set.of("json", "xlsx", "pdf").contains(format)) {
			throw new UsageException("--format は json、xlsx、pdf のいずれかで指定してください: " + format);
		}
		if (!format.equals("json") && output == null) {
			throw new UsageException("--format " + format + " には --output ファイル を指定してください");
		}
		try (ConfigurableApplicationContext context = application(application).run()) {
			String municipality = arguments.option("municipality");
			if (municipality == null) {
				municipality = DefaultMunicipality.from(context.getEnvironment()).name();
			}
			if (municipality == null) {
				throw new UsageException("--municipality を指定してください (既定の市区町村が設定されていません)");
			}
			String name = municipality;
			SheetData sheet = context.getBean(SheetStore.class).find(municipality, department, fiscalYear)
					.orElseThrow(() -> new InputException(
							"目標シートがありません: %s %s %d年度".formatted(name, department, fiscalYear)));
			if (format.equals("pdf")) {
				exportPdf(context, sheet, output);
				return;
			}
			JsonMapper json = context.getBean(JsonMapper.class);
			context.getBean(AuditLog.class).record(null, "コマンドライン", AuditEvent.Kind.EXPORT, null, sheet.id(),
					"%s: %s %s %d年度%s".formatted(format.equals("json") ? "JSON" : "Excel", name, department, fiscalYear,
							output == null ? "" : " → " + output));
			if (output == null) {
				printJson(json, sheet, stdout);
				return;
			}
			try (OutputStream out = Files.newOutputStream(Path.of(output))) {
				switch (format) {
					case "xlsx" -> out.write(new XlsxSheetWriter().write(sheet));
					default -> printJson(json, sheet, out);
				}
			}
			catch (IOException ex) {
				throw new InputException("書き出せません: " + output + " (" + ex.getMessage() + ")");
			}
		}
	}

	private void openData(Arguments arguments) throws UsageException, InputException {
		arguments.noPositional();
		arguments.required("output");
		try (ConfigurableApplicationContext context = application(application).run()) {
			new OpenDataVerb(stdout).run(context, arguments);
		}
	}

	private void exportWorkbook(Arguments arguments) throws UsageException, InputException {
		arguments.noPositional();
		arguments.required("fiscal-year");
		int fiscalYear = arguments.fiscalYear();
		Path output = Path.of(arguments.required("output"));
		try (ConfigurableApplicationContext context = application(application).run()) {
			new WorkbookVerbs(stdout).export(context, fiscalYear, arguments.option("municipality"), output);
		}
	}

	private int importProgress(Arguments arguments) throws UsageException, InputException {
		Path file = Path.of(arguments.file());
		int quarter = arguments.intOption("quarter", 0);
		if (arguments.option("quarter") == null || quarter < 1 || quarter > 4) {
			throw new UsageException("--quarter に四半期を 1〜4 で指定してください");
		}
		if (!Files.isRegularFile(file)) {
			throw new InputException("ファイルが見つかりません: " + file);
		}
		try (ConfigurableApplicationContext context = application(application).run()) {
			// the command line acts as an administrator of one municipality: staff rights end at its border
			String named = arguments.option("municipality") != null ? arguments.option("municipality")
					: DefaultMunicipality.from(context.getEnvironment()).name();
			if (named == null) {
				throw new UsageException("--municipality を指定してください (既定の市区町村が設定されていません)");
			}
			long municipalityId = context.getBean(org.mokuhyo.organization.Organizations.class)
				.findMunicipalityByCodeOrName(named)
				.orElseThrow(() -> new InputException("市区町村が見つかりません: " + named))
				.id();
			return new WorkbookVerbs(stdout).importProgress(context, file, quarter, arguments.flag("valid-rows-only"),
					municipalityId);
		}
	}

	/** The sheet's PDF into the file; no font: exit 1 with what to install, and no file. */
	private static void exportPdf(ConfigurableApplicationContext context, SheetData sheet, String output)
			throws InputException {
		byte[] pdf;
		try {
			pdf = context.getBean(PdfExport.class).render(sheet);
		}
		catch (PdfFontMissingException ex) {
			throw new InputException("PDF を作成できません: " + ex.getMessage());
		}
		try {
			Files.write(Path.of(output), pdf);
		}
		catch (IOException ex) {
			throw new InputException("書き出せません: " + output + " (" + ex.getMessage() + ")");
		}
		context.getBean(AuditLog.class).record(null, "コマンドライン", AuditEvent.Kind.EXPORT, null, sheet.id(),
				"PDF: %s %s %d年度 → %s".formatted(sheet.municipality(), sheet.department().name(), sheet.fiscalYear(),
						output));
	}

	/** The reminders the daily schedule sends, now (for a server without the schedule, or a cron job of its own). */
	private void remindProgress(Arguments arguments) throws UsageException {
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("remind-progress は引数をとりません");
		}
		java.time.LocalDate date;
		try {
			date = arguments.option("date") == null ? null : java.time.LocalDate.parse(arguments.option("date"));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new UsageException("--date は 2024-07-07 の形で指定してください");
		}
		try (ConfigurableApplicationContext context = application(application).run()) {
			if (context.getEnvironment().getProperty("spring.mail.host") == null) {
				stderr.println("メールサーバー (spring.mail.host) が設定されていないため、督促メールは送りません。");
				return;
			}
			org.mokuhyo.progress.Progresses progresses = context.getBean(org.mokuhyo.progress.Progresses.class);
			int sent = context.getBean(org.mokuhyo.progress.ProgressReminders.class)
				.send(date == null ? progresses.today() : date);
			new PrintStream(stdout, true, StandardCharsets.UTF_8).println("督促メールを" + sent + "通送信しました。");
		}
	}

	/** Rebuilds the search index from the published sheets (or has the running server do it). */
	private void reindex(Arguments arguments) throws UsageException {
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("reindex は引数をとりません");
		}
		try (ConfigurableApplicationContext context = application(application).run()) {
			SearchIndex.Reindexed done = context.getBean(SearchIndex.class).rebuildNow();
			PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
			out.println(done.byServer()
					? "索引 %s は動いているサーバーが使っているため、サーバーに作り直しを依頼しました。".formatted(done.directory())
					: "検索の索引を作り直しました: 公表済みのシート %d 件 (%s)".formatted(done.sheets(), done.directory()));
		}
	}

	private void createAdmin(Arguments arguments) throws UsageException, InputException {
		List<String> positional = arguments.positional();
		if (positional.size() != 1) {
			throw new UsageException(positional.isEmpty() ? "ユーザー名を指定してください" : "ユーザー名は一つだけ指定してください");
		}
		String username = positional.get(0);
		String password = AdminPassword.read(System.getenv(AdminPassword.VARIABLE), System.console(), System.in);
		try (ConfigurableApplicationContext context = application(application).run()) {
			DefaultMunicipality defaults = DefaultMunicipality.from(context.getEnvironment());
			String municipality = arguments.option("municipality") != null ? arguments.option("municipality")
					: defaults.name();
			if (municipality == null) {
				throw new UsageException("--municipality を指定してください (既定の市区町村が設定されていません)");
			}
			String defaultCode = municipality.equals(defaults.name()) ? defaults.code() : null;
			String typedCode = arguments.option("code");
			// the municipality registered with its code and its administrator: both, or neither
			try {
				long id = new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(tx -> {
					String code = typedCode == null ? defaultCode
							: context.getBean(MunicipalityMaintenance.class)
								.register(municipality, typedCode)
								.municipality()
								.code();
					return context.getBean(Accounts.class)
						.createAdministrator(username, arguments.option("display-name"), password, municipality, code);
				});
				new PrintStream(stdout, true, StandardCharsets.UTF_8)
					.println("管理者を作成しました: %s (%s, id %d)".formatted(username, municipality, id));
			}
			catch (AccountException | MunicipalityChangeRefusedException ex) {
				throw new InputException("作成できません: " + ex.getMessage());
			}
		}
	}

	private static SpringApplicationBuilder application(Class<?> source) {
		return new SpringApplicationBuilder(source)
				.web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				// stdout carries the JSON and stderr one line per problem: Spring's own failure log would bury it
				.properties("logging.level.root=ERROR", "logging.level.org.springframework.boot.SpringApplication=OFF");
	}

	/** Pretty, UTF-8 whatever the platform's encoding, ending in a line break. */
	private static void printJson(JsonMapper json, SheetData sheet, OutputStream out) {
		try {
			out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(sheet));
			out.write('\n');
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(String file) throws InputException {
		Path path = Path.of(file);
		try {
			if (Files.isDirectory(path)) {
				throw new InputException("ファイルを読めません (ディレクトリです): " + file);
			}
			if (Files.size(path) > SheetImporter.MAX_BYTES) {
				throw new InputException("ファイルが大きすぎます (上限 %d MB): %s"
						.formatted(SheetImporter.MAX_BYTES / 1024 / 1024, file));
			}
			return Files.readAllBytes(path);
		}
		catch (NoSuchFileException ex) {
			throw new InputException("ファイルが見つかりません: " + file);
		}
		catch (AccessDeniedException ex) {
			throw new InputException("ファイルを読む権限がありません: " + file);
		}
		catch (IOException ex) {
			throw new InputException("ファイルを読めません: " + file + " (" + ex.getMessage() + ")");
		}
	}

	private static String fileName(String file) {
		Path name = Path.of(file).getFileName();
		return name == null ? file : name.toString();
	}
}
