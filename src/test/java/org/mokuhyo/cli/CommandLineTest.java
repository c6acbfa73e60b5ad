package org.mokuhyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.UserAccount;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetSchema;
import tools.jackson.databind.JsonNode;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verbs' exit statuses, stdout and stderr: in-process against the test's context ({@link VerbRun}), and as a
 * user runs them (a separate {@code java} process, {@link JarRun}, the test's PostgreSQL) once per family: convert,
 * import/export, the archive import, the administrator; and {@code help}, which must not start the server.
 */
@IntegrationTest
class CommandLineTest {

	@TempDir
	Path dir;

	@LocalServerPort
	int port;

	@Autowired
	org.mokuhyo.workflow.Workflows workflows;

	@Autowired
	DataSource dataSource;

	@Autowired
	SheetStore store;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	org.mokuhyo.organization.Organizations organizations;

	@Autowired
	org.mokuhyo.account.Contacts contacts;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void helpPrintsTheUsageAndExitsAndAnUnknownVerbIsAUsageError() throws Exception {
		for (String help : List.of("help", "--help", "-h")) {
			assertTrue(CommandLine.isVerb(new String[] { help }), help);
			JarRun run = inProcess(List.of(help));
			assertEquals(0, run.exit(), help + ": " + run.err());
			assertTrue(run.out().startsWith("使い方:"), run.out());
			assertTrue(run.out().contains("create-admin ユーザー名") && run.out().contains("終了コード"), run.out());
			assertFalse(run.out().contains("bench"), "the benchmarks are not the product's: " + run.out());
		}
		assertTrue(CommandLine.isVerb(new String[] { "serve-please" }));
		assertFalse(CommandLine.isVerb(new String[] { "--server.port=0" }), "Spring's options start the server");
		assertFalse(CommandLine.isVerb(new String[0]));
		JarRun unknown = inProcess(List.of("serve-please"));
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("知らないコマンドです: serve-please") && unknown.err().contains("使い方"),
				unknown.err());
		JarRun bench = inProcess(List.of("bench"));
		assertEquals(2, bench.exit(), "bench is no verb of the product jar");

		// the real process: the usage, no web server, exit 0
		JarRun jar = run(List.of("-Dserver.port=" + port), List.of("help"));
		assertEquals(0, jar.exit(), jar.err());
		assertTrue(jar.out().startsWith("使い方:"), jar.out());
	}

	@Test
	void aWrongCommandLineExitsWith2AndShowsTheUsage() throws Exception {
		for (List<String> args : List.of(List.of("convert"), List.of("convert", "a.txt", "b.txt"),
				List.of("convert", "a.txt", "--bogus", "1"), List.of("import", "a.txt", "--fiscal-year"),
				List.of("import", "a.txt", "--fiscal-year", "R6"), List.of("export", "--fiscal-year", "2024"),
				List.of("export", "--department", "市民協働部"))) {
			JarRun run = inProcess(args);
			assertEquals(2, run.exit(), args + ": " + run.err());
			assertTrue(run.err().contains("使い方"), args + ": " + run.err());
			assertEquals("", run.out());
		}
	}

	@Test
	void aMissingFileExitsWith1WithOneLine() throws Exception {
		for (String verb : List.of("convert", "import")) {
			JarRun run = inProcess(List.of(verb, dir.resolve("ない.txt").toString()));
			assertEquals(1, run.exit(), run.err());
			assertEquals(1, run.err().strip().lines().count(), run.err());
			assertTrue(run.err().contains("ファイルが見つかりません"), run.err());
		}
	}

	@Test
	void convertRefusesANonSheetWithoutStartingADatabase() throws Exception {
		Path memo = Files.writeString(dir.resolve("memo.txt"), "買い物メモ: 牛乳、卵");
		Path dataDir = dir.resolve("postgres");

		JarRun run = run(List.of("-Dmokuhyo.embedded-db.data-dir=" + dataDir), List.of("convert", memo.toString()));

		assertEquals(1, run.exit(), run.err());
		assertTrue(run.err().strip().endsWith("取り込みはまだ実装されていません") || run.err().contains("[NOT_A_SHEET]"),
				run.err());
		assertTrue(run.err().contains("取り込めません [NOT_A_SHEET]"), run.err());
		assertFalse(Files.exists(dataDir), "convert must not start PostgreSQL");
	}

	@Test
	void importOfANonSheetExitsWith1AndStoresNothing() throws Exception {
		Path memo = Files.writeString(dir.resolve("memo.txt"), "買い物メモ: 牛乳、卵");
		int sheets = jdbc.sql("select count(*) from goal_sheet").query(Integer.class).single();

		JarRun run = inProcess(List.of("import", memo.toString(), "--fiscal-year", "2024"));

		assertEquals(1, run.exit(), run.err());
		assertTrue(run.err().contains("取り込めません [NOT_A_SHEET]"), run.err());
		assertEquals(sheets, jdbc.sql("select count(*) from goal_sheet").query(Integer.class).single());
	}

	@Test
	void importArchiveImportsAFolderFileByFileReportsEachAndResumesByItsId() throws Exception {
		String municipality = WebTestSupport.unique("CLI一括市");
		Path folder = Files.createDirectories(dir.resolve("archive/2024"));
		Files.write(folder.resolve("a.txt"), org.mokuhyo.bulk.Archives.sheet("CLI一括一部"));
		Files.write(folder.resolve("b.txt"), new byte[] { 0, 1, 2, (byte) 0xfe, 0 });
		Files.write(folder.resolve("c.txt"), org.mokuhyo.bulk.Archives.sheet("CLI一括二部"));

		JarRun run = run(database(), List.of("import-archive", dir.resolve("archive").toString(), "--fiscal-year", "2024",
				"--municipality", municipality));

		assertEquals(1, run.exit(), "a refused file makes the exit 1: " + run.err());
		assertTrue(run.err().contains("[1/3]") && run.err().contains("[3/3] 100% 2024/c.txt"), run.err());
		assertTrue(run.out().contains("取込み済み 2 件"), run.out());
		assertTrue(run.out().contains("2024/b.txt\t取込み不可 [BINARY]"), run.out());
		assertTrue(run.out().contains("2024/a.txt\t取込み済み"), run.out());
		List<UUID> sheets = jdbc.sql("""
				select s.id from goal_sheet s join department d on d.id = s.department_id
				join municipality m on m.id = d.municipality_id where m.name = ?""")
			.param(municipality)
			.query(UUID.class)
			.list();
		assertEquals(2, sheets.size());

		// resuming a finished import does nothing more: no file is imported twice
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("--resume ([0-9a-f-]{36})").matcher(run.err());
		assertTrue(id.find(), run.err());
		JarRun again = inProcess(List.of("import-archive", "--resume", id.group(1)));
		assertEquals(1, again.exit(), again.err());
		assertTrue(again.err().contains("残り 0 件 / 3 件"), again.err());
		for (UUID sheet : sheets) {
			assertEquals(List.of(1), store.versions(sheet).stream().map(v -> v.version()).toList());
		}

		JarRun unknown = inProcess(List.of("import-archive", "--resume", UUID.randomUUID().toString()));
		assertEquals(1, unknown.exit());
		assertTrue(unknown.err().contains("一括取込みがありません"), unknown.err());
		Path notZip = Files.writeString(dir.resolve("memo.zip"), "買い物メモ");
		JarRun refused = inProcess(List.of("import-archive", notZip.toString()));
		assertEquals(1, refused.exit());
		assertTrue(refused.err().contains("[NOT_A_ZIP]"), refused.err());
	}

	@Test
	void exportWritesTheSameJsonAsTheApi() throws Exception {
		SavedSheet saved = store.save(SampleSheets.full("CLI出力テスト部", 2024), List.of(), "cli.txt");
		org.mokuhyo.Publish.publish(workflows, saved.id());
		String api = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sheets/" + saved.id()))
						.build(), HttpResponse.BodyHandlers.ofString())
				.body();
		Path output = dir.resolve("出力.json");

		JarRun toStdout = run(database(), List.of("export", "--department", "CLI出力テスト部", "--fiscal-year", "2024"));
		JarRun toFile = inProcess(List.of("export", "--department=CLI出力テスト部", "--fiscal-year=2024",
				"--municipality", SampleSheets.MUNICIPALITY, "--output", output.toString()));

		assertEquals(0, toStdout.exit(), toStdout.err());
		assertEquals(json.readValue(api, Map.class), json.readValue(toStdout.out(), Map.class));
		assertTrue(toStdout.out().contains("\n  "), "pretty printed");
		assertEquals(0, toFile.exit(), toFile.err());
		assertEquals("", toFile.out());
		assertEquals(toStdout.out(), Files.readString(output, StandardCharsets.UTF_8));
	}

	@Test
	void convertPrintsTheSeedAsValidSheetJsonWithoutADatabase() throws Exception {
		Path seed = Files.write(dir.resolve("seed.txt"), SeedFixture.bytes());
		Path dataDir = dir.resolve("convert-data");

		JarRun run = run(List.of("-Dmokuhyo.embedded-db.data-dir=" + dataDir), List.of("convert", seed.toString()));

		assertEquals(0, run.exit(), run.err());
		JsonNode sheet = json.readTree(run.out());
		assertEquals(List.of(), SheetSchema.violations(sheet));
		assertEquals(2024, sheet.get("fiscalYear").asInt());
		assertEquals("豊中市", sheet.get("municipality").asString());
		assertEquals(5, sheet.get("annualGoals").size());
		assertEquals(7, sheet.get("midTermGoals").size());
		assertTrue(run.err().contains("当年度目標 5件"), run.err());
		assertTrue(run.err().contains("MID_TERM_SCHEDULE"), run.err());
		assertFalse(Files.exists(dataDir), "convert must not start PostgreSQL");
	}

	@Test
	void importStoresTheSeedAndAnUnchangedReimportMakesNoVersion() throws Exception {
		String department = "CLI取込部" + java.util.UUID.randomUUID().toString().substring(0, 8);
		Path seed = Files.writeString(dir.resolve("seed.txt"), SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department));

		JarRun first = inProcess(List.of("import", seed.toString(), "--municipality", "豊中市"));
		JarRun again = inProcess(List.of("import", seed.toString()));

		assertEquals(0, first.exit(), first.err());
		assertTrue(first.out().contains("保存しました: 版 1"), first.out());
		assertEquals(0, again.exit(), again.err());
		SheetData stored = store.find("豊中市", department, 2024).orElseThrow();
		assertEquals(1, stored.version());
		assertEquals(5, stored.annualGoals().size());
		assertEquals(1, store.versions(stored.id()).size());
	}

	@Test
	void exportOfAnUnknownSheetExitsWith1() throws Exception {
		JarRun run = inProcess(List.of("export", "--department", "存在しない部", "--fiscal-year", "2024"));

		assertEquals(1, run.exit(), run.err());
		assertTrue(run.err().contains("目標シートがありません"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void createAdminReadsThePasswordFromStandardInputOrTheEnvironment() throws Exception {
		String fromStdin = "admin.stdin." + java.util.UUID.randomUUID().toString().substring(0, 8);
		String fromEnv = "admin.env." + java.util.UUID.randomUUID().toString().substring(0, 8);

		JarRun stdin = run(database(), List.of("create-admin", fromStdin, "--display-name", "企画 太郎"), Map.of(),
				"stdin-password-123\n");
		JarRun env = run(database(), List.of("create-admin", fromEnv, "--municipality", "豊中市"),
				Map.of("MOKUHYO_ADMIN_PASSWORD", "env-password-4567"), "ignored-stdin-line\n");

		assertEquals(0, stdin.exit(), stdin.err());
		assertTrue(stdin.out().contains("管理者を作成しました: " + fromStdin + " (豊中市"), stdin.out());
		assertEquals(0, env.exit(), env.err());
		UserAccount admin = accounts.findByUsername(fromStdin).orElseThrow();
		assertEquals(Set.of(Role.ADMIN), admin.roles());
		assertEquals("企画 太郎", admin.displayName());
		assertEquals("豊中市", admin.municipality());
		assertEquals(fromEnv, accounts.findByUsername(fromEnv).orElseThrow().displayName());

		// both can sign in and reach the administration pages
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(fromStdin, "stdin-password-123");
		assertEquals(200, web.get("/admin/users").status());
		WebTestSupport other = new WebTestSupport(port);
		other.signIn(fromEnv, "env-password-4567");
		assertEquals(200, other.get("/admin/users").status());
	}

	@Test
	void createAdminRefusesAShortOrMissingPasswordAndATakenName() throws Exception {
		String name = "admin.refused." + java.util.UUID.randomUUID().toString().substring(0, 8);

		JarRun shortPassword = inProcess(List.of("create-admin", name), Map.of(), "short\n");
		JarRun noPassword = inProcess(List.of("create-admin", name), Map.of(), "");
		assertEquals(1, shortPassword.exit(), shortPassword.err());
		assertTrue(shortPassword.err().contains("12文字以上"), shortPassword.err());
		assertEquals(1, noPassword.exit(), noPassword.err());
		assertTrue(noPassword.err().contains("MOKUHYO_ADMIN_PASSWORD"), noPassword.err());
		assertTrue(accounts.findByUsername(name).isEmpty());

		assertEquals(0, inProcess(List.of("create-admin", name), Map.of(), "first-password-123\n").exit());
		JarRun taken = inProcess(List.of("create-admin", name.toUpperCase()), Map.of(), "other-password-123\n");
		assertEquals(1, taken.exit(), taken.err());
		assertTrue(taken.err().contains("すでに使われています"), taken.err());
		assertEquals(1, taken.err().strip().lines().count(), taken.err());
	}

	@Test
	void createAdminWithoutANameIsAUsageError() throws Exception {
		JarRun run = inProcess(List.of("create-admin"));
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("ユーザー名を指定してください"), run.err());
		assertTrue(run.err().contains("create-admin ユーザー名"), run.err());
	}

	/** Sending needs a mail server in the configuration: that part runs as a process started with one. */
	@Test
	void remindProgressSendsTheDaysRemindersThroughTheConfiguredMailServer() throws Exception {
		String department = WebTestSupport.unique("督促CLI部");
		store.save(SampleSheets.full(department, 2032), List.of(), "cli.txt");
		org.mokuhyo.account.TestUsers.TestUser editor = new org.mokuhyo.account.TestUsers(accounts, organizations)
			.editor(department);
		contacts.setEmail(editor.id(), "cli-henshu@example.jp");
		com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
				com.icegreen.greenmail.util.ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		try {
			JarRun withoutServer = inProcess(List.of("remind-progress", "--date", "2032-07-08"));
			assertEquals(0, withoutServer.exit(), withoutServer.err());
			assertTrue(withoutServer.err().contains("spring.mail.host"), withoutServer.err());

			List<String> options = new ArrayList<>(database());
			options.add("-Dspring.mail.host=localhost");
			options.add("-Dspring.mail.port=" + smtp.getSmtp().getPort());
			JarRun sent = run(options, List.of("remind-progress", "--date", "2032-07-08"));
			assertEquals(0, sent.exit(), sent.err());
			assertEquals("督促メールを1通送信しました。", sent.out().strip());
			assertEquals(1, smtp.getReceivedMessages().length);
			assertTrue(smtp.getReceivedMessages()[0].getSubject().contains(department));

			assertEquals(2, inProcess(List.of("remind-progress", "--date", "7月8日")).exit());
		}
		finally {
			smtp.stop();
		}
	}

	private JarRun inProcess(List<String> args) {
		return VerbRun.of(context, args);
	}

	private JarRun inProcess(List<String> args, Map<String, String> environment, String stdin) {
		return VerbRun.of(context, args, environment, stdin);
	}

	private List<String> database() {
		return JarRun.database(dataSource);
	}

	private JarRun run(List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
		return JarRun.of(dir, jvmOptions, args);
	}

	private JarRun run(List<String> jvmOptions, List<String> args, Map<String, String> environment, String stdin)
			throws IOException, InterruptedException {
		return JarRun.of(dir, jvmOptions, args, environment, stdin, java.time.Duration.ofMinutes(3));
	}
}
