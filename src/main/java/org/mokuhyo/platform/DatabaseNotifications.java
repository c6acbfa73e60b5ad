package org.mokuhyo.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL LISTEN/NOTIFY between the processes that share a database (the server and a command-line import next
 * to it): a save announces itself in its transaction, PostgreSQL delivers the note to every listener once it
 * commits, and in-memory caches stay exact without asking the database on every read. While not listening (before
 * the first subscription, after a lost connection) {@link #listening()} is false and caches must check the database
 * themselves; on every (re)connection subscribers are told to forget what they knew, since notes may have been
 * missed.
 */
@Component
public class DatabaseNotifications implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);

	/** Notes are at most this far apart in reaching a listener; also how soon a stop is noticed. */
	private static final int POLL_MILLIS = 500;

	/** What a subscriber is told. */
	public interface Subscriber {

		void notified(String payload);

		/** Notes may have been missed: drop everything learnt from the database before now. */
		void reset();
	}

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();

	private volatile boolean listening;

	private volatile boolean running;

	private Thread thread;

	public DatabaseNotifications(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Sends a note on {@code channel}, delivered when the current transaction commits (at once without one). */
	public void send(String channel, String payload) {
		jdbc.queryForList("select pg_notify(?, ?)", channel, payload);
	}

	/** Starts listening on first use: processes that never read from a cache (the CLI) hold no connection. */
	public synchronized void subscribe(String channel, Subscriber subscriber) {
		subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(subscriber);
		startListening();
	}

	private synchronized void startListening() {
		if (running && thread == null && !subscribers.isEmpty()) {
			thread = new Thread(this::listen, "mokuhyo-db-notifications");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** Whether notes are being received now; while false a cache must not trust what it remembers. */
	public boolean listening() {
		return listening;
	}

	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				PGConnection pg = connection.unwrap(PGConnection.class);
				try (Statement statement = connection.createStatement()) {
					for (String channel : subscribers.keySet()) {
						statement.execute("listen \"" + channel.replace("\"", "") + "\"");
					}
				}
				if (!connection.getAutoCommit()) {
					connection.commit();
				}
				subscribers.values().forEach(list -> list.forEach(Subscriber::reset));
				listening = true;
				while (running) {
					PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
					if (notes != null) {
						for (PGNotification note : notes) {
							subscribers.getOrDefault(note.getName(), List.of())
								.forEach(s -> s.notified(note.getParameter()));
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (running) {
					log.warn("Lost the database notification connection; caches check the database until it is back: {}",
							ex.getMessage());
				}
			}
			finally {
				listening = false;
			}
			pause();
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	@Override
	public synchronized void start() {
		running = true;
		startListening();
	}

	@Override
	public void stop() {
		Thread t;
		synchronized (this) {
			running = false;
			listening = false;
			t = thread;
			thread = null;
		}
		if (t != null) {
			try {
				t.join(2 * POLL_MILLIS + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before the web server and the data source (default phase) go away, starts after them. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2048;
	}
}
