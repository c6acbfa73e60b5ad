package org.mokuhyo.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.sheet.SheetVersion;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bulk imports on a real database: every file has one outcome, a bad file stops nothing, an interrupted run
 * resumes with the rest only, and two runners at once import each file once.
 */
@IntegrationTest
class BulkImportsTest {

	@Autowired
	BulkImports bulk;

	@Autowired
	SheetStore store;

	@Autowired
	BulkRepository repository;

	@TempDir
	Path directory;

	private final String municipality = WebTestSupport.unique("一括市");

	@Test
	void everyFileGetsItsOutcomeAndABadFileStopsNothing() throws Exception {
		Map<String, byte[]> entries = Archives.entries();
		entries.put("2024/総務部.txt", Archives.sheet("総務部"));
		entries.put("2024/壊れた.txt", new byte[] { 0, 1, 2, 3, (byte) 0xff, 0 });
		entries.put("2024/空.txt", new byte[0]);
		entries.put("2024/財務部.txt", Archives.sheet("財務部"));
		entries.put("__MACOSX/2024/._総務部.txt", new byte[] { 1, 2 });
		entries.put(".DS_Store", new byte[] { 1 });
		Path zip = write("archive.zip", Archives.zip(entries, StandardCharsets.UTF_8));

		UUID id = bulk.create(zip, "archive.zip", new BulkImports.Options(2024, municipality, false),
				BulkImports.Runner.COMMAND_LINE);
		BulkImport before = bulk.find(id).orElseThrow();
		assertThat(before.total()).as("junk of other systems left out").isEqualTo(4);
		assertThat(before.remaining()).isEqualTo(4);

		List<BulkImports.Progress> seen = new ArrayList<>();
		BulkImport after = bulk.run(id, BulkImports.Runner.COMMAND_LINE, seen::add);

		assertThat(seen).extracting(BulkImports.Progress::done).containsExactly(1, 2, 3, 4);
		assertThat(after.state(Instant.now())).isEqualTo(BulkState.DONE);
		assertThat(after.finishedAt()).isNotNull();
		Map<String, BulkFile> files = bulk.files(id).stream()
			.collect(Collectors.toMap(BulkFile::name, file -> file));
		assertThat(bulk.files(id)).as("in name order").extracting(BulkFile::name)
			.containsExactly("2024/壊れた.txt", "2024/空.txt", "2024/総務部.txt", "2024/財務部.txt");
		assertThat(files.get("2024/壊れた.txt").outcome()).isEqualTo(FileOutcome.REFUSED);
		assertThat(files.get("2024/壊れた.txt").code()).isEqualTo("BINARY");
		assertThat(files.get("2024/空.txt").code()).isEqualTo("EMPTY");
		for (String department : List.of("総務部", "財務部")) {
			BulkFile file = files.get("2024/" + department + ".txt");
			assertThat(file.outcome()).isIn(FileOutcome.IMPORTED, FileOutcome.WARNINGS);
			assertThat(file.department()).isEqualTo(department);
			assertThat(file.fiscalYear()).isEqualTo(2024);
			assertThat(store.find(municipality, department, 2024)).hasValueSatisfying(
					sheet -> assertThat(sheet.id()).isEqualTo(file.sheetId()));
		}
		assertThat(after.refused()).isEqualTo(2);
		assertThat(mine()).hasSize(2);
	}

	@Test
	void anInterruptedRunResumesWithTheRestOnly() throws Exception {
		Path folder = Files.createDirectories(directory.resolve("archive"));
		List<String> departments = List.of("一部", "二部", "三部", "四部");
		for (String department : departments) {
			Files.write(folder.resolve(department + ".txt"), Archives.sheet(department));
		}
		UUID id = bulk.create(folder, "archive", new BulkImports.Options(2024, municipality, false),
				BulkImports.Runner.COMMAND_LINE);

		// the runner is stopped after two files (as the server's shutdown interrupts its thread)
		BulkImport stopped;
		try {
			stopped = bulk.run(id, BulkImports.Runner.COMMAND_LINE, progress -> {
				if (progress.done() == 2) {
					Thread.currentThread().interrupt();
				}
			});
		}
		finally {
			Thread.interrupted(); // clear it for the rest of the test
		}
		assertThat(stopped.done()).isEqualTo(2);
		assertThat(stopped.finishedAt()).isNull();
		assertThat(stopped.runner()).as("the runner said it stopped").isNull();
		assertThat(stopped.interruptedAt()).isNotNull();
		assertThat(stopped.state(Instant.now())).as("interrupted at once, not after the heartbeat's bound")
			.isEqualTo(BulkState.INTERRUPTED);

		BulkImport resumed = bulk.run(id, BulkImports.Runner.COMMAND_LINE, progress -> {
		});
		assertThat(resumed.state(Instant.now())).isEqualTo(BulkState.DONE);
		assertThat(resumed.imported() + resumed.withWarnings()).isEqualTo(4);
		assertThat(mine()).extracting(SheetSummary::department).containsExactlyInAnyOrderElementsOf(departments);
		for (SheetSummary sheet : mine()) {
			assertThat(store.versions(sheet.id())).as("imported once").extracting(SheetVersion::version)
				.containsExactly(1);
		}
	}

	@Test
	void twoRunnersAtOnceImportEachFileOnce() throws Exception {
		Map<String, byte[]> entries = Archives.entries();
		for (int i = 1; i <= 6; i++) {
			entries.put("部" + i + ".txt", Archives.sheet("並行" + i + "部"));
		}
		Path zip = write("parallel.zip", Archives.zip(entries, StandardCharsets.UTF_8));
		UUID id = bulk.create(zip, "parallel.zip", new BulkImports.Options(2024, municipality, false),
				BulkImports.Runner.COMMAND_LINE);
		// the second runner finds the files done, or is refused while the first runs: never both import
		List<CompletableFuture<Throwable>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			runs.add(CompletableFuture.supplyAsync(() -> bulk.run(id, BulkImports.Runner.COMMAND_LINE, progress -> {
			})).handle((job, failure) -> failure == null ? null : failure.getCause()));
		}
		List<Throwable> failures = runs.stream().map(CompletableFuture::join).filter(f -> f != null).toList();
		assertThat(failures).hasSizeLessThan(2).allSatisfy(f -> assertThat(f).isInstanceOf(ResumeRefusedException.class));
		BulkImport done = bulk.find(id).orElseThrow();
		assertThat(done.state(Instant.now())).isEqualTo(BulkState.DONE);
		assertThat(done.imported() + done.withWarnings()).isEqualTo(6);
		assertThat(mine()).hasSize(6);
		for (SheetSummary sheet : mine()) {
			assertThat(store.versions(sheet.id())).extracting(SheetVersion::version).containsExactly(1);
		}
	}

	@Test
	void aRunnersBeatsKeepItRunningItsSilenceInterruptsItAndThenAnotherMayTakeIt() throws Exception {
		Path folder = Files.createDirectories(directory.resolve("beats"));
		Files.write(folder.resolve("a.txt"), Archives.sheet("鼓動部"));
		UUID id = bulk.create(folder, "beats", new BulkImports.Options(2024, municipality, false),
				BulkImports.Runner.COMMAND_LINE);
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as the database keeps it
		String elsewhere = "elsewhere/4242/0badc0de/1";
		assertThat(repository.claimRun(id, elsewhere, now.minusSeconds(10), now.minus(BulkImport.STALE))).isTrue();
		assertThat(repository.claimRun(id, "elsewhere/4242/0badc0de/2", now, now.minus(BulkImport.STALE)))
			.as("its beat is not yet stale at that time").isFalse();

		repository.beatAll(java.util.Set.of(elsewhere, "another"), now); // between files, as the heartbeat thread does
		BulkImport beating = bulk.find(id).orElseThrow();
		assertThat(beating.heartbeatAt()).isEqualTo(now);
		assertThat(beating.state(now)).isEqualTo(BulkState.RUNNING);
		assertThatThrownBy(() -> bulk.run(id, BulkImports.Runner.COMMAND_LINE, progress -> {
		})).isInstanceOf(ResumeRefusedException.class).hasMessageContaining("実行中");

		// silent since: found interrupted at the next look, then resumed by another runner
		repository.beatAll(java.util.Set.of(elsewhere), now.minus(BulkImport.STALE).minusSeconds(1));
		BulkImport silent = bulk.find(id).orElseThrow();
		assertThat(silent.runner()).isNull();
		assertThat(silent.interruptedAt()).isNotNull();
		assertThat(silent.state(Instant.now())).isEqualTo(BulkState.INTERRUPTED);
		assertThat(bulk.run(id, BulkImports.Runner.COMMAND_LINE, progress -> {
		}).state(Instant.now())).isEqualTo(BulkState.DONE);
		assertThat(repository.beat(id, elsewhere, "a.txt", Instant.now())).as("the old runner would stop").isFalse();
	}

	@Test
	void aFileThatCannotBeReadIsThatFilesRefusalWithoutJavasWords() throws Exception {
		Archives.Stored sheet = Archives.deflated(Archives.sheet("読める部"));
		byte[] zip = Archives.crafted(List.of(sheet, sheet.withCrc(sheet.crc() ^ 1), sheet.as(12, 1 << 11),
				sheet.as(8, 1 | 1 << 11)), List.of(new Archives.Pointer("a.txt", 0), new Archives.Pointer("b-crc.txt", 1),
						new Archives.Pointer("c-bzip2.txt", 2), new Archives.Pointer("d-暗号.txt", 3)));
		UUID id = bulk.create(write("damaged.zip", zip), "damaged.zip", new BulkImports.Options(2024, municipality, false),
				BulkImports.Runner.COMMAND_LINE);
		bulk.run(id, BulkImports.Runner.COMMAND_LINE, progress -> {
		});
		assertThat(bulk.files(id)).extracting(BulkFile::name, BulkFile::code).containsExactly(
				org.assertj.core.groups.Tuple.tuple("a.txt", null),
				org.assertj.core.groups.Tuple.tuple("b-crc.txt", "UNREADABLE"),
				org.assertj.core.groups.Tuple.tuple("c-bzip2.txt", "UNSUPPORTED_COMPRESSION"),
				org.assertj.core.groups.Tuple.tuple("d-暗号.txt", "ENCRYPTED_ENTRY"));
		assertThat(bulk.files(id)).extracting(BulkFile::message).filteredOn(m -> m != null)
			.allSatisfy(m -> assertThat(m).containsPattern("[ぁ-んァ-ン]").doesNotContain("Exception"));
	}

	@Test
	void aFolderLinkToAFileInsideIsReadAndOneToNothingRefused() throws Exception {
		Path folder = Files.createDirectories(directory.resolve("links"));
		Path sheet = Files.write(folder.resolve("本体.txt"), Archives.sheet("リンク部"));
		Files.createSymbolicLink(folder.resolve("inside.txt"), sheet);
		Files.createSymbolicLink(folder.resolve("nothing.txt"), folder.resolve("ない.txt"));
		Files.createSymbolicLink(folder.resolve("sub"), folder); // a folder inside: its files are listed where they are

		UUID id = bulk.create(folder, "links", new BulkImports.Options(2024, municipality, false),
				BulkImports.Runner.COMMAND_LINE);

		assertThat(bulk.files(id)).extracting(BulkFile::name, BulkFile::code).containsExactly(
				org.assertj.core.groups.Tuple.tuple("inside.txt", null),
				org.assertj.core.groups.Tuple.tuple("nothing.txt", "BROKEN_LINK"),
				org.assertj.core.groups.Tuple.tuple("本体.txt", null));
	}

	@Test
	void zipsOfJapaneseWindowsNameTheirFilesInShiftJis() throws Exception {
		Map<String, byte[]> entries = Archives.entries();
		entries.put("令和6年度/都市計画推進部.txt", Archives.sheet("都市計画推進部"));
		Path zip = write("windows.zip", Archives.zip(entries, Charset.forName("windows-31j")));
		UUID id = bulk.create(zip, "windows.zip", new BulkImports.Options(2024, municipality, false),
				BulkImports.Runner.COMMAND_LINE);
		bulk.run(id, BulkImports.Runner.COMMAND_LINE, progress -> {
		});
		assertThat(bulk.files(id)).extracting(BulkFile::name).containsExactly("令和6年度/都市計画推進部.txt");
		assertThat(bulk.files(id).get(0).department()).isEqualTo("都市計画推進部");
	}

	@Test
	void anArchiveThatCannotBeReadStartsNothing() throws Exception {
		int before = bulk.list(null, 1000).size();
		assertThatThrownBy(() -> bulk.create(write("a.zip", "これはZIPではありません".getBytes(StandardCharsets.UTF_8)),
				"a.zip", new BulkImports.Options(null, municipality, false), BulkImports.Runner.COMMAND_LINE))
			.isInstanceOf(ArchiveException.class)
			.extracting(ex -> ((ArchiveException) ex).code())
			.isEqualTo("NOT_A_ZIP");
		Map<String, byte[]> junkOnly = Archives.entries();
		junkOnly.put("__MACOSX/._a.txt", new byte[] { 1 });
		assertThatThrownBy(() -> bulk.create(write("b.zip", Archives.zip(junkOnly, StandardCharsets.UTF_8)), "b.zip",
				new BulkImports.Options(null, municipality, false), BulkImports.Runner.COMMAND_LINE))
			.isInstanceOf(ArchiveException.class)
			.hasMessageContaining("取り込めるファイルがありません");
		byte[] truncated = Archives.zip(Map.of("a.txt", Archives.sheet("切断部")), StandardCharsets.UTF_8);
		assertThatThrownBy(() -> bulk.create(write("c.zip", java.util.Arrays.copyOf(truncated, truncated.length / 2)),
				"c.zip", new BulkImports.Options(null, municipality, false), BulkImports.Runner.COMMAND_LINE))
			.isInstanceOf(ArchiveException.class)
			.extracting(ex -> ((ArchiveException) ex).code())
			.isEqualTo("UNREADABLE_ZIP");
		Map<String, byte[]> workbook = Archives.entries();
		workbook.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
		workbook.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> bulk.create(write("d.xlsx", Archives.zip(workbook, StandardCharsets.UTF_8)), "d.xlsx",
				new BulkImports.Options(null, municipality, false), BulkImports.Runner.COMMAND_LINE))
			.isInstanceOf(ArchiveException.class)
			.extracting(ex -> ((ArchiveException) ex).code())
			.isEqualTo("NOT_AN_ARCHIVE");
		assertThat(bulk.list(null, 1000)).as("nothing started").hasSize(before);
	}

	private List<SheetSummary> mine() {
		return store.list(null, null).stream().filter(s -> s.municipality().equals(municipality)).toList();
	}

	private Path write(String name, byte[] content) throws Exception {
		return Files.write(directory.resolve(name), content);
	}
}
