package org.mokuhyo.platform;

import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the embedded PostgreSQL of the default run, once dead, was never started again. Now its postmaster is
 * killed (SIGKILL, as the OOM killer or an operator's mistake would) and the application, without a restart of its
 * own, starts it again on the same data and port: readiness comes back, pages, the API and sign-in work, and what was
 * stored just before is still there (kept data is written durably, unlike the embedded binaries' defaults).
 */
class EmbeddedDatabaseWatchTest {

	@Test
	void aKilledEmbeddedPostgresIsStartedAgainOnItsData(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("postgres");
		try (RunningApplication app = RunningApplication.start("mokuhyo.embedded-db.data-dir=" + data)) {
			// the embedded run's own pool takes the same short timeouts as one by URL
			HikariDataSource pool = app.context.getBean(HikariDataSource.class);
			assertThat(pool.getConnectionTimeout()).isEqualTo(5000);
			assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "5");
			// kept data is kept durably: a commit acknowledged before the kill is there after it
			JdbcTemplate jdbc = new JdbcTemplate(pool);
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");

			TestUsers.TestUser admin = new TestUsers(app.context.getBean(Accounts.class),
					app.context.getBean(Organizations.class)).admin();
			assertThat(app.get("/health/ready").statusCode()).isEqualTo(200);
			long killed = EmbeddedDatabase.postmasterPid(data);

			ProcessHandle.of(killed).orElseThrow().destroyForcibly();

			Long restarted = awaitOtherPostmaster(data, killed, Duration.ofSeconds(40));
			assertThat(restarted).as("a new postmaster on the data directory").isNotNull().isNotEqualTo(killed);
			assertThat(app.awaitReady(Duration.ofSeconds(30))).isEqualTo(200);
			assertThat(app.get("/", "Accept", "text/html").statusCode()).isEqualTo(200);
			assertThat(app.get("/api/v1/sheets").statusCode()).isEqualTo(200);
			assertThat(app.get("/health/live").statusCode()).isEqualTo(200);
			// the account made before the kill signs in: same data
			WebTestSupport browser = new WebTestSupport(app.port);
			browser.signIn(admin);
			assertThat(browser.get("/admin/users").status()).isEqualTo(200);
		}
		assertThat(EmbeddedDatabase.runningPort(data)).as("stopped with the application").isNull();
	}

	/** Waits (at most {@code limit}) for a live postmaster on {@code data} other than {@code killed}; null if none. */
	private static Long awaitOtherPostmaster(Path data, long killed, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			Long pid = EmbeddedDatabase.postmasterPid(data);
			if (pid != null && pid != killed && EmbeddedDatabase.alive(pid)) {
				return pid;
			}
			Thread.sleep(200);
		}
		return null;
	}
}
