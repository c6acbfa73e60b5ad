package org.mokuhyo.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL of the default run: started here, or one already running on the same data directory (the server,
 * while a command-line verb imports): PostgreSQL allows one postmaster per directory, so the second process connects
 * to the first.
 * <p>
 * <b>Watched.</b> Once a second a thread checks that a live postmaster owns the data directory; when none does (it was
 * killed, crashed, or stopped by someone; or the other process that ran it has ended) it starts one again on the same
 * directory and port, so the pool's connections come back by themselves and requests work again after a few seconds
 * of 503. It restarts in place rather than ending this process for a supervisor to restart: the default run often has
 * no supervisor, and a new process would sign everyone out (sessions live in the process) for what a few seconds of
 * 503 cover.
 * PostgreSQL's crash recovery makes the restart safe; while it cannot start (a port taken, the old server's memory
 * still held), it is tried again each second and {@code /health/ready} says DOWN.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final long WATCH_MILLIS = 1000;

	private final Path dataDir;

	/** A directory of this process's own, removed on close (tests, {@code data-dir} left blank). */
	private final boolean temporary;

	private final int port;

	/** The server this process started; null while connected to another process's. */
	private volatile EmbeddedPostgres postgres;

	/** The postmaster watched (this process's or the other's). */
	private volatile long pid;

	private volatile boolean closed;

	private final Thread watch;

	private EmbeddedDatabase(Path dataDir, boolean temporary, EmbeddedPostgres postgres, int port) {
		this.dataDir = dataDir;
		this.temporary = temporary;
		this.postgres = postgres;
		this.port = port;
		this.watch = new Thread(this::watch, "mokuhyo-embedded-db-watch");
		this.watch.setDaemon(true);
	}

	/**
	 * Starts (or finds) the server on {@code dataDir} (blank: a temporary directory) and {@code port} (0: any free
	 * one), and starts watching it.
	 */
	static EmbeddedDatabase start(String dataDir, int port) throws IOException {
		EmbeddedDatabase database = open(dataDir, port);
		Long pid = postmasterPid(database.dataDir);
		if (pid == null) {
			throw new IllegalStateException("PostgreSQL on " + database.dataDir + " left no postmaster.pid");
		}
		database.pid = pid;
		database.watch.start();
		return database;
	}

	private static EmbeddedDatabase open(String dataDir, int port) throws IOException {
		if (dataDir.isBlank()) {
			Path dir = Files.createTempDirectory("mokuhyo-postgres-");
			EmbeddedPostgres postgres = builder(dir, port, true).start();
			log.info("Embedded PostgreSQL started on port {} (temporary data)", postgres.getPort());
			return new EmbeddedDatabase(dir, true, postgres, postgres.getPort());
		}
		Path dir = Path.of(dataDir).toAbsolutePath();
		Integer running = runningPort(dir);
		if (running != null) {
			log.info("PostgreSQL already running on {} (port {}); connecting to it", dir, running);
			return new EmbeddedDatabase(dir, false, null, running);
		}
		Files.createDirectories(dir.getParent());
		EmbeddedPostgres postgres;
		try {
			postgres = builder(dir, port, false).start();
		}
		catch (IllegalStateException ex) {
			// another process holds the directory and is still starting its PostgreSQL: use that one
			Integer other = awaitRunningPort(dir);
			if (other == null) {
				throw ex;
			}
			log.info("PostgreSQL started by another process on {} (port {}); connecting to it", dataDir, other);
			return new EmbeddedDatabase(dir, false, null, other);
		}
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDir);
		return new EmbeddedDatabase(dir, false, postgres, postgres.getPort());
	}

	/**
	 * Never cleans the directory itself: a restart needs the data (a temporary one is removed by {@link #close}). Data
	 * that is kept is kept durably: the embedded binaries' defaults (no fsync, commits acknowledged before their WAL is
	 * written) lost the last commits when the server was killed and risk the whole directory at a power failure; they
	 * stay for temporary data (tests, benchmarks), where only speed matters.
	 */
	private static EmbeddedPostgres.Builder builder(Path dir, int port, boolean temporary) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false);
		if (!temporary) {
			builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return builder;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	private void watch() {
		while (!closed) {
			try {
				Thread.sleep(WATCH_MILLIS);
				if (!closed && !alive(pid)) {
					restartOrAdopt();
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not check or restart the embedded PostgreSQL on {}: {}", dataDir, ex.getMessage());
			}
		}
	}

	/**
	 * The postmaster watched is gone. If another process has started one on the directory meanwhile, that one is
	 * watched; otherwise one is started again here. The dead one's handle is closed first: that releases its lock on
	 * the directory (its own stop fails, the process being gone, and says so in the log).
	 */
	private synchronized void restartOrAdopt() throws IOException {
		if (closed || shuttingDown()) {
			return; // the JVM's shutdown hooks stop the server (zonky's own, Spring's close): not a death to repair
		}
		Long current = postmasterPid(dataDir);
		if (current != null && current != pid && alive(current)) {
			adopt(current);
			return;
		}
		log.error("The embedded PostgreSQL on {} (port {}, process {}) is not running; starting it again", dataDir, port,
				pid);
		EmbeddedPostgres dead = postgres;
		postgres = null;
		if (dead != null) {
			dead.close();
		}
		try {
			postgres = builder(dataDir, port, temporary).start();
			Long started = postmasterPid(dataDir);
			pid = started == null ? pid : started;
			log.info("Embedded PostgreSQL restarted on port {} (process {})", port, pid);
		}
		catch (IOException | RuntimeException ex) {
			Long other = postmasterPid(dataDir);
			if (other != null && alive(other)) {
				adopt(other); // another process was quicker
			}
			else {
				log.warn("Could not restart the embedded PostgreSQL yet (trying again): {}", ex.getMessage());
			}
		}
	}

	private void adopt(long other) throws IOException {
		pid = other;
		Integer otherPort = runningPort(dataDir);
		if (otherPort != null && otherPort != port) {
			log.error("PostgreSQL on {} now runs on port {}, not on this process's {}: restart this process", dataDir,
					otherPort, port);
		}
		else {
			log.info("PostgreSQL on {} was started again by another process (process {}); connecting to it", dataDir,
					other);
		}
	}

	/** Whether the JVM is running its shutdown hooks (a hook can no longer be added then). */
	private static boolean shuttingDown() {
		Thread probe = new Thread(() -> {
		});
		try {
			Runtime.getRuntime().addShutdownHook(probe);
			Runtime.getRuntime().removeShutdownHook(probe);
			return false;
		}
		catch (IllegalStateException ex) {
			return true;
		}
	}

	/** Alive and not a zombie (a killed postmaster whose parent has not reaped it yet is no server). */
	static boolean alive(long pid) {
		if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			int end = stat.lastIndexOf(')');
			return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
		}
		catch (IOException ex) {
			return true; // no /proc (not Linux): the handle's answer stands (one that just ended is seen next time)
		}
	}

	/** Waits up to a minute for another process's PostgreSQL on {@code dir} to be up; its port, or null. */
	private static Integer awaitRunningPort(Path dir) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
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
	static Integer runningPort(Path dir) throws IOException {
		Long pid = postmasterPid(dir);
		if (pid == null || !alive(pid)) {
			return null;
		}
		List<String> lines = readPidFile(dir);
		try {
			return lines.size() < 4 ? null : Integer.valueOf(lines.get(3).trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The process id postmaster.pid names (alive or not); null without one. */
	static Long postmasterPid(Path dir) throws IOException {
		List<String> lines = readPidFile(dir);
		try {
			return lines.isEmpty() ? null : Long.valueOf(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<String> readPidFile(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		try {
			return Files.isReadable(pidFile) ? Files.readAllLines(pidFile) : List.of();
		}
		catch (java.nio.file.NoSuchFileException ex) {
			return List.of(); // removed between the check and the read: the server stopped
		}
	}

	@Override
	public void close() throws IOException {
		closed = true;
		watch.interrupt();
		try {
			watch.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (this) {
			if (postgres != null) {
				postgres.close();
				postgres = null;
			}
		}
		if (temporary) {
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}
}
