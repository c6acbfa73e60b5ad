package org.mokuhyo.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.portal.PublishedSnapshots;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A file of an earlier state is kept for the grace after it was first found replaced (a request that found it a
 * moment before still sends it), then removed; the current file is never removed. On a clock of the test's own.
 */
@IntegrationTest
class OpenDataFilesTest {

	private static final int YEAR = 2078;

	@TempDir
	Path directory;

	@Autowired
	OpenDataExport export;

	@Autowired
	PublishedSnapshots snapshots;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	Organizations organizations;

	private Instant now = Instant.parse("2026-11-26T00:00:00Z");

	private final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Tokyo");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	private void publish() {
		Publish.publish(workflows,
				store.save(SampleSheets.full(WebTestSupport.unique("猶予部"), YEAR), List.of(), "g.txt").id());
	}

	@Test
	void anEarlierStatesFileGoesOnlyAfterTheGrace() throws Exception {
		OpenDataFiles files = new OpenDataFiles(export, snapshots, clock, directory.toString(), Duration.ofMinutes(10));
		publish();
		long toyonaka = organizations.findMunicipality("豊中市").orElseThrow().id();
		OpenDataScope scope = new OpenDataScope(toyonaka, "豊中市", "272035", YEAR);

		Path first = files.file(scope, "goals.csv", false).path();
		publish();
		Path second = files.file(scope, "goals.csv", false).path();
		assertThat(second).isNotEqualTo(first);
		assertThat(first).as("replaced a moment ago: kept for a request that found it").exists();

		now = now.plus(Duration.ofMinutes(11));
		publish();
		Path third = files.file(scope, "goals.csv", false).path();
		assertThat(first).as("replaced eleven minutes ago").doesNotExist();
		assertThat(second).as("found replaced only now").exists();
		assertThat(third).exists();
		assertThat(Files.readString(third)).isNotEqualTo(Files.readString(second));
	}
}
