package org.mokuhyo.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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

	/** Channels subscribed while listening, until the thread listens to them too. */
	private final Map<String, CountDownLatch> awaiting = new ConcurrentHashMap<>();

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

	/**
	 * Starts listening on first use: processes that never read from a cache (the CLI) hold no connection. A channel
	 * new to a connection already listening is listened to by its thread; this waits (half a second at most) until it
	 * is, so notes sent after the return reach the subscriber.
	 */
	public void subscribe(String channel, Subscriber subscriber) {
		CountDownLatch heard = null;
		synchronized (this) {
			if (listening && !subscribers.containsKey(channel)) {
				heard = awaiting.computeIfAbsent(channel, c -> new CountDownLatch(1)); // before the thread can see it
			}
			subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(subscriber);
			startListening();
		}
		if (heard != null) {
			try {
				heard.await(2L * POLL_MILLIS + 1000, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
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
				Set<String> listened = new HashSet<>();
				listenToNewChannels(connection, listened);
				listening = true;
				while (running) {
					PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
					if (notes != null) {
						for (PGNotification note : notes) {
							subscribers.getOrDefault(note.getName(), List.of())
								.forEach(s -> s.notified(note.getParameter()));
						}
					}
					// a channel subscribed after the connection was made is listened to from now on
					listenToNewChannels(connection, listened);
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

	/**
	 * LISTENs to the channels not yet listened to on this connection. On a new connection every subscriber starts
	 * afresh; a channel added later was subscribed before its subscriber learnt anything, so it has nothing to forget.
	 */
	private void listenToNewChannels(Connection connection, Set<String> listened) throws SQLException {
		List<String> fresh = subscribers.keySet().stream().filter(channel -> !listened.contains(channel)).toList();
		if (fresh.isEmpty()) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (String channel : fresh) {
				statement.execute("listen \"" + channel.replace("\"", "") + "\"");
			}
		}
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
		if (listened.isEmpty()) {
			subscribers.values().forEach(list -> list.forEach(Subscriber::reset)); // a new connection: notes were missed
		}
		listened.addAll(fresh);
		fresh.stream().map(awaiting::remove).filter(latch -> latch != null).forEach(CountDownLatch::countDown);
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
