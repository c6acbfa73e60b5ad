package org.mokuhyo.cli;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time used by this JVM and by the PostgreSQL server it talks to (the postmaster and its live backends). On a
 * shared machine wall-clock rates move with the neighbours' load; the CPU time a piece of work costs moves much
 * less, so the benchmark prints both.
 */
final class CpuTime {

	record Sample(long jvmNanos, long databaseNanos) {

		Sample minus(Sample earlier) {
			return new Sample(jvmNanos - earlier.jvmNanos, databaseNanos - earlier.databaseNanos);
		}
	}

	private final Optional<ProcessHandle> postmaster;

	private CpuTime(Optional<ProcessHandle> postmaster) {
		this.postmaster = postmaster;
	}

	/** Finds the PostgreSQL server through a backend of the pool (its parent is the postmaster), if it is local. */
	static CpuTime of(DataSource dataSource) {
		Long backend = new JdbcTemplate(dataSource).queryForObject("select pg_backend_pid()", Long.class);
		return new CpuTime(ProcessHandle.of(backend).flatMap(ProcessHandle::parent));
	}

	boolean seesDatabase() {
		return postmaster.isPresent();
	}

	Sample now() {
		long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		long db = postmaster.map(p -> Stream.concat(Stream.of(p), p.descendants())
			.mapToLong(h -> h.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
			.sum()).orElse(0L);
		return new Sample(jvm, db);
	}
}
