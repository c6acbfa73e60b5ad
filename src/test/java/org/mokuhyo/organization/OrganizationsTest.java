package org.mokuhyo.organization;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OrganizationsTest {

	@Autowired
	Organizations organizations;

	@Autowired
	TransactionTemplate transactions;

	/** A 6-digit code no other test uses. */
	private static String code() {
		return String.valueOf(100000 + Math.floorMod(UUID.randomUUID().hashCode(), 800000));
	}

	@Test
	void twoFirstImportsOfTheSameMunicipalityAtOnceGetOneRow() throws Exception {
		String name = "同時市" + UUID.randomUUID().toString().substring(0, 6);
		String code = code();
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<MunicipalityRef> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
			MunicipalityRef ref = organizations.findOrCreateMunicipality(name, code);
			inserted.countDown();
			await(release);
			return ref;
		}));
		assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
		// the second import starts while the first has inserted but not committed: its insert waits, then yields
		CompletableFuture<MunicipalityRef> second = CompletableFuture
			.supplyAsync(() -> transactions.execute(status -> organizations.findOrCreateMunicipality(name, code)));
		Thread.sleep(300);
		release.countDown();
		assertThat(second.get(30, TimeUnit.SECONDS).id()).isEqualTo(first.get(30, TimeUnit.SECONDS).id());
	}

	@Test
	void aCodeAlreadyUsedByAnotherNameIsRefusedClearly() {
		String code = code();
		organizations.findOrCreateMunicipality("先着市" + UUID.randomUUID().toString().substring(0, 6), code);
		assertThatThrownBy(() -> organizations.findOrCreateMunicipality("後着市" + UUID.randomUUID(), code))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(code)
			.hasMessageContaining("別の名前の自治体");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
