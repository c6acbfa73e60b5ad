package org.mokuhyo.sheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.VersionConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two saves of one sheet at the same moment: the second waits for the first's lock and, once the first committed,
 * gets the conflict (from the same base version) or saves on top of it (an import) — never an error, never a loss.
 * The first save's transaction takes the sheet's lock, as a save does before it writes, and writes only once the
 * database shows the second waiting for that lock.
 */
@IntegrationTest
class ConcurrentSaveTest {

	@Autowired
	SheetStore store;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	private static SheetData withMission(SheetData s, String mission) {
		return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
				s.fiscalYearLabel(), s.department(), List.of(mission), s.policy(), s.annualGoals(), s.midTermGoals());
	}

	/**
	 * Runs {@code second} while a transaction holds the sheet's lock, then {@code first} in that transaction, and
	 * commits; returns what the second did.
	 */
	private CompletableFuture<Object> whileHeld(UUID sheetId, Runnable first, java.util.function.Supplier<Object> second)
			throws Exception {
		CountDownLatch saved = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
			jdbc.sql("select id from goal_sheet where id = ? for update").param(sheetId).query(UUID.class).single();
			saved.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			first.run();
		}));
		assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Object> waiter = CompletableFuture.supplyAsync(() -> {
			try {
				return second.get();
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'").query(Long.class)
			.single() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		release.countDown();
		holder.get(30, TimeUnit.SECONDS);
		return waiter;
	}

	@Test
	void aSaveThatWaitedForAnotherFromTheSameVersionIsAConflictNotAnError() throws Exception {
		String department = "同時保存部-" + UUID.randomUUID().toString().substring(0, 8);
		SheetData sheet = store.find(store.save(SampleSheets.full(department, 2020), List.of(), "c.txt").id())
			.orElseThrow();
		int base = sheet.version();

		Object second = whileHeld(sheet.id(),
				() -> store.save(withMission(sheet, "先の保存"), List.of(), null, Change.edit(1L, "先", base)),
				() -> store.save(withMission(sheet, "後の保存"), List.of(), null, Change.edit(2L, "後", base)))
			.get(30, TimeUnit.SECONDS);

		assertThat(second).isInstanceOf(VersionConflictException.class);
		assertThat(((VersionConflictException) second).currentVersion()).isEqualTo(base + 1);
		assertThat(store.find(sheet.id()).orElseThrow().missions()).containsExactly("先の保存");
	}

	@Test
	void anImportThatWaitedForAnotherSavesOnTopOfIt() throws Exception {
		String department = "同時取込部-" + UUID.randomUUID().toString().substring(0, 8);
		SheetData sheet = store.find(store.save(SampleSheets.full(department, 2020), List.of(), "c.txt").id())
			.orElseThrow();

		Object second = whileHeld(sheet.id(),
				() -> store.save(withMission(sheet, "一つ目の取込み"), List.of(), "a.txt", Change.importBy(null, "取込")),
				() -> store.save(withMission(sheet, "二つ目の取込み"), List.of(), "b.txt", Change.importBy(null, "取込")))
			.get(30, TimeUnit.SECONDS);

		assertThat(second).isNotInstanceOf(RuntimeException.class);
		SheetData now = store.find(sheet.id()).orElseThrow();
		assertThat(now.version()).isEqualTo(sheet.version() + 2);
		assertThat(now.missions()).containsExactly("二つ目の取込み");
	}
}
