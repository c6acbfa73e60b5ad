package org.mokuhyo.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default run: a real PostgreSQL started from the embedded binaries, its data kept under {@code ./data} between
 * runs. Setting {@code spring.datasource.url} switches this off and Spring Boot's own DataSource takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${mokuhyo.embedded-db.data-dir:}") String dataDir,
			@Value("${mokuhyo.embedded-db.port:0}") int port) throws IOException {
		return EmbeddedDatabase.start(dataDir, port);
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database, @Value("${mokuhyo.embedded-db.pool-size:16}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.jdbcUrl());
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("mokuhyo-embedded");
		// Batched inserts become multi-row inserts: a sheet's few hundred rows go in a dozen statements.
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}

	/**
	 * A started PostgreSQL, or one already running on the same data directory (the server, while a command-line verb
	 * imports): PostgreSQL allows one postmaster per directory, so the second process connects to the first.
	 */
	static final class EmbeddedDatabase implements AutoCloseable {

		private final EmbeddedPostgres postgres;

		private final int port;

		private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
			this.postgres = postgres;
			this.port = port;
		}

		static EmbeddedDatabase start(String dataDir, int port) throws IOException {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (port > 0) {
				builder.setPort(port);
			}
			if (!dataDir.isBlank()) {
				Path dir = Path.of(dataDir).toAbsolutePath();
				Integer running = runningPort(dir);
				if (running != null) {
					log.info("PostgreSQL already running on {} (port {}); connecting to it", dir, running);
					return new EmbeddedDatabase(null, running);
				}
				Files.createDirectories(dir.getParent());
				builder.setDataDirectory(dir).setCleanDataDirectory(false);
			}
			EmbeddedPostgres postgres;
			try {
				postgres = builder.start();
			}
			catch (IllegalStateException ex) {
				// another process holds the directory and is still starting its PostgreSQL: use that one
				Integer other = dataDir.isBlank() ? null : awaitRunningPort(Path.of(dataDir).toAbsolutePath());
				if (other == null) {
					throw ex;
				}
				log.info("PostgreSQL started by another process on {} (port {}); connecting to it", dataDir, other);
				return new EmbeddedDatabase(null, other);
			}
			log.info("Embedded PostgreSQL started on port {}{}", postgres.getPort(),
					dataDir.isBlank() ? " (temporary data)" : " with data in " + dataDir);
			return new EmbeddedDatabase(postgres, postgres.getPort());
		}

		/** Waits up to a minute for another process's PostgreSQL on {@code dir} to be up; its port, or null. */
		private static Integer awaitRunningPort(Path dir) throws IOException {
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
			while (System.nanoTime() < deadline) {
				Integer port = runningPort(dir);
				if (port != null) {
					return port;
				}
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return null;
				}
			}
			return null;
		}

		/** The port of a live postmaster that owns {@code dir}, read from its postmaster.pid; null if none. */
		private static Integer runningPort(Path dir) throws IOException {
			Path pidFile = dir.resolve("postmaster.pid");
			if (!Files.isReadable(pidFile)) {
				return null;
			}
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return null;
			}
			try {
				long pid = Long.parseLong(lines.get(0).trim());
				boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
				return alive ? Integer.valueOf(lines.get(3).trim()) : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		String jdbcUrl() {
			return "jdbc:postgresql://localhost:" + port + "/postgres";
		}

		@Override
		public void close() throws IOException {
			if (postgres != null) {
				postgres.close();
			}
		}
	}

	static final class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}
	}
}
