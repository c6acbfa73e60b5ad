package org.mokuhyo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.TableCounts;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.bulk.Archives;
import org.mokuhyo.bulk.BulkImport;
import org.mokuhyo.bulk.BulkImports;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport.Response;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hard edges of 一括取込み through its pages: zips made to fill the disk (one file's bytes named fifty times, a
 * name twice, a bomb whose directory tells the truth or lies) refused before anything is stored, with a Japanese
 * message and a code of their own and no text of Java's; and an import whose runner crashed shown as 「中断」 at the
 * next look and resumed by 「再開」, which otherwise says why not.
 */
@IntegrationTest
class BulkImportLimitsPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	BulkImports bulk;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	@Test
	void zipsMadeToFillTheDiskAreRefusedBeforeAnythingIsStored() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		WebTestSupport web = new WebTestSupport(port);
		String department = WebTestSupport.unique("一括限度部");
		web.signIn(users.editor(department));

		Map<String, byte[]> refusals = Map.of("OVERLAPPING_ENTRIES", Archives.fiftyNamesForOneFile(),
				"DUPLICATE_ENTRY", Archives.sameNameTwice(department, department),
				"ARCHIVE_TOO_LARGE", Archives.bomb(false),
				"ARCHIVE_TOO_LARGE ", Archives.bomb(true)); // the same, its directory lying about the sizes
		for (Map.Entry<String, byte[]> refusal : refusals.entrySet()) {
			String code = refusal.getKey().strip();
			Map<String, Integer> before = TableCounts.of(jdbc);
			int jobs = count("bulk_import");
			int files = count("bulk_import_file");

			Response response = web.post("/imports/archive", new Multipart()
				.file("file", "細工.zip", "application/zip", refusal.getValue())
				.field("fiscalYear", "2024"));

			assertThat(response.status()).as(code).isEqualTo(422);
			String error = response.document().selectFirst("#bulk-error[role=alert]").text();
			assertThat(error).as(code).contains("（" + code + "）").containsPattern("[ぁ-んァ-ン]")
				.doesNotContain("Exception").doesNotContain("java.").doesNotContainIgnoringCase("invalid");
			assertThat(count("bulk_import")).as(code + ": nothing started").isEqualTo(jobs);
			assertThat(count("bulk_import_file")).as(code + ": no file stored").isEqualTo(files);
			assertThat(TableCounts.of(jdbc)).as(code).isEqualTo(before);
		}
		assertThat(store.find(TestUsers.MUNICIPALITY, department, 2024)).isEmpty();

		byte[] whole = Archives.zip(Map.of("a.txt", Archives.sheet(department)), StandardCharsets.UTF_8);
		Response truncated = web.post("/imports/archive", new Multipart().file("file", "切れた.zip", "application/zip",
				java.util.Arrays.copyOf(whole, whole.length - 10)));
		assertThat(truncated.status()).isEqualTo(422);
		assertThat(truncated.document().selectFirst("#bulk-error").text()).contains("UNREADABLE_ZIP")
			.contains("壊れている").doesNotContain("Exception").doesNotContainIgnoringCase("zip END header");
	}

	@Test
	void anImportWhoseRunnerCrashedIsShownInterruptedAndResumesTheRest() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		List<String> departments = List.of(WebTestSupport.unique("中断一部"), WebTestSupport.unique("中断二部"),
				WebTestSupport.unique("中断三部"));
		TestUsers.TestUser editor = users.editor(departments.toArray(String[]::new));
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(editor);
		UUID id = crashedAfterOneFile(editor, departments,
				"elsewhere/4242/0badc0de/1", "now() - interval '10 minutes'"); // another machine, silent since

		Document page = web.get("/imports/archive/" + id).document();
		assertThat(page.selectFirst(".bulk-state strong").text()).isEqualTo("中断");
		assertThat(page.select("form[action$=/resume] button").text()).contains("再開");
		assertThat(jdbc.sql("select runner is null and interrupted_at is not null from bulk_import where id = ?")
			.param(id).query(Boolean.class).single()).as("marked interrupted at the look").isTrue();

		Response resumed = web.postUrlEncoded("/imports/archive/" + id + "/resume", "");
		assertThat(resumed.status()).isEqualTo(302);
		Document after = web.follow(resumed).document();
		assertThat(after.selectFirst("#bulk-resume-message[role=status]").text()).contains("再開しました")
			.contains("残りの 2 件");
		BulkImportPages.awaitDone(web, "/imports/archive/" + id, Duration.ofMinutes(2));
		for (String department : departments) {
			assertThat(store.find(TestUsers.MUNICIPALITY, department, 2024)).as(department)
				.hasValueSatisfying(sheet -> assertThat(store.versions(sheet.id())).hasSize(1));
		}

		Response again = web.postUrlEncoded("/imports/archive/" + id + "/resume", "");
		assertThat(web.follow(again).document().selectFirst("#bulk-resume-message[role=alert]").text())
			.contains("再開するものはありません");
	}

	@Test
	void aRunnerWhoseProcessEndedOnThisMachineIsInterruptedAtOnceAndALiveOneIsNotResumedTwice() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		List<String> departments = List.of(WebTestSupport.unique("終了一部"), WebTestSupport.unique("終了二部"));
		TestUsers.TestUser editor = users.editor(departments.toArray(String[]::new));
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(editor);

		// its heartbeat is fresh, but its process has ended: no need to wait for the heartbeat to grow stale
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		String host = InetAddress.getLocalHost().getHostName();
		UUID dead = crashedAfterOneFile(editor, departments, host + "/" + ended.pid() + "/0badc0de/1", "now()");
		assertThat(web.get("/imports/archive/" + dead).document().selectFirst(".bulk-state strong").text())
			.isEqualTo("中断");

		// a runner of another machine that beat just now: running, and 「再開」 says so instead of doing nothing
		List<String> others = List.of(WebTestSupport.unique("稼働一部"), WebTestSupport.unique("稼働二部"));
		UUID live = crashedAfterOneFile(users.editor(others.toArray(String[]::new)), others,
				"elsewhere/4242/0badc0de/2", "now()");
		jdbc.sql("update bulk_import set created_by = ? where id = ?").params(editor.id(), live).update();
		Document running = web.get("/imports/archive/" + live).document();
		assertThat(running.selectFirst(".bulk-state strong").text()).isEqualTo("取込み中");
		Response refused = web.postUrlEncoded("/imports/archive/" + live + "/resume", "");
		assertThat(web.follow(refused).document().selectFirst("#bulk-resume-message[role=alert]").text())
			.contains("実行中");
		assertThat(store.find(TestUsers.MUNICIPALITY, others.get(1), 2024)).as("not run by a second runner").isEmpty();
		jdbc.sql("update bulk_import set heartbeat_at = now() - interval '1 hour' where id = ?").param(live).update();
	}

	/**
	 * An import of the departments' sheets whose first file was imported before its runner crashed: the row as a
	 * crashed runner leaves it (its id, its last beat, the file it was reading).
	 */
	private UUID crashedAfterOneFile(TestUsers.TestUser editor, List<String> departments, String runner,
			String lastBeat) throws Exception {
		Path folder = Files.createDirectories(directory.resolve(UUID.randomUUID().toString()));
		for (int i = 0; i < departments.size(); i++) {
			Files.write(folder.resolve(i + ".txt"), Archives.sheet(departments.get(i)));
		}
		BulkImports.Runner as = new BulkImports.Runner(editor.id(), "取込 太郎", (municipality, department) -> true);
		UUID id = bulk.create(folder, "archive", new BulkImports.Options(2024, TestUsers.MUNICIPALITY, false), as);
		try {
			bulk.run(id, as, progress -> Thread.currentThread().interrupt());
		}
		finally {
			Thread.interrupted();
		}
		assertThat(bulk.find(id).map(BulkImport::remaining)).hasValue(departments.size() - 1);
		jdbc.sql("update bulk_import set runner = ?, heartbeat_at = " + lastBeat
				+ ", interrupted_at = null, current_file = '1.txt' where id = ?")
			.params(runner, id)
			.update();
		return id;
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}
}
