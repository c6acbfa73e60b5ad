package org.mokuhyo.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Slows down password guessing, asked before any password is checked (so a refused attempt costs no bcrypt):
 * after {@link #MAX_FAILURES} failed sign-ins for one user name within {@link #WINDOW}, or
 * {@code maxPerAddress} from one client address (many names tried from one place, taken or not), sign-ins are
 * refused until the window has passed since the last failure. Counted for any name, so the lock-out tells nothing
 * about which accounts exist. The counts live in PostgreSQL ({@code sign_in_failure}), so every node of a cluster
 * sees the same ones and a restart forgets nothing.
 */
final class SignInThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/** Old rows are deleted at most this often by one process: housekeeping, not a rule. */
	private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxPerAddress;

	private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

	SignInThrottle(JdbcClient jdbc, Clock clock, int maxPerAddress) {
		if (maxPerAddress < MAX_FAILURES) {
			throw new IllegalArgumentException("mokuhyo.sign-in.max-failures-per-address must be at least " + MAX_FAILURES);
		}
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxPerAddress = maxPerAddress;
	}

	/** 0 when the attempt may go on, else the seconds until the name or address may try again. */
	long secondsLocked(String username, String address) {
		Instant now = clock.instant();
		Timestamp since = Timestamp.from(now.minus(WINDOW));
		return jdbc.sql("""
				select last_at from sign_in_failure
				where last_at >= :since and ((key = :name and failures >= :maxName) or (key = :address and failures >= :maxAddress))
				order by last_at desc limit 1""")
			.param("since", since)
			.param("name", key("NAME", username))
			.param("maxName", MAX_FAILURES)
			.param("address", key("ADDRESS", address))
			.param("maxAddress", maxPerAddress)
			.query(Timestamp.class)
			.optional()
			.map(last -> Math.max(1, (Duration.between(now, last.toInstant().plus(WINDOW)).toMillis() + 999) / 1000))
			.orElse(0L);
	}

	boolean isLocked(String username, String address) {
		return secondsLocked(username, address) > 0;
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		count("NAME", username, now);
		if (address != null) {
			count("ADDRESS", address, now);
		}
		purge(now);
	}

	/** A right password clears the name's count; the address's stays (one good account must not reset a spray). */
	void succeeded(String username) {
		jdbc.sql("delete from sign_in_failure where key = :key").param("key", key("NAME", username)).update();
	}

	// an expired row starts again from one
	private void count(String kind, String value, Instant now) {
		jdbc.sql("""
				insert into sign_in_failure (key, kind, failures, last_at) values (:key, :kind, 1, :now)
				on conflict (key) do update set
				  failures = case when sign_in_failure.last_at < :since then 1 else sign_in_failure.failures + 1 end,
				  last_at = :now""")
			.param("key", key(kind, value))
			.param("kind", kind)
			.param("now", Timestamp.from(now))
			.param("since", Timestamp.from(now.minus(WINDOW)))
			.update();
	}

	private void purge(Instant now) {
		Instant last = lastPurge.get();
		if (last.isAfter(now.minus(PURGE_EVERY)) || !lastPurge.compareAndSet(last, now)) {
			return;
		}
		jdbc.sql("delete from sign_in_failure where last_at < :since")
			.param("since", Timestamp.from(now.minus(WINDOW)))
			.update();
	}

	/** The row's key: names compared as the accounts compare them (case and outer spaces aside). */
	static byte[] key(String kind, String value) {
		String normal = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		try {
			return MessageDigest.getInstance("SHA-256").digest((kind + ":" + normal).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every Java has SHA-256
		}
	}
}
