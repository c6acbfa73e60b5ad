package org.mokuhyo.platform;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A small number per document (a sheet's current version, its published version) as last seen, so that serving
 * the document's cached response costs no query. Each change, in any process sharing the database (a command-line
 * import next to the server), announces itself on the channel; while notes arrive what is remembered stays exact.
 * While they do not (the listening connection is down), a remembered value is trusted for
 * {@link #MAX_AGE_SECONDS} only.
 * <p>
 * Every change carries a revision that only grows (for a sheet's version: the version itself), so a slow read of
 * an older state never replaces a newer one that a note brought.
 */
public final class KnownVersions implements DatabaseNotifications.Subscriber {

	public static final long MAX_AGE_SECONDS = 2;

	private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS);

	/** A value as of a revision; {@code value} null when the document has none (e.g. nothing published). */
	public record Revised(long revision, Integer value) {
	}

	private record Known(long revision, Integer value, long seenAt) {
	}

	private final Map<UUID, Known> known = new ConcurrentHashMap<>();

	private final DatabaseNotifications notifications;

	private final String channel;

	private volatile boolean subscribed;

	public KnownVersions(DatabaseNotifications notifications, String channel) {
		this.notifications = notifications;
		this.channel = channel;
	}

	public String channel() {
		return channel;
	}

	/**
	 * The value for {@code id}: remembered, or loaded by {@code load} (empty for an unknown document, which is not
	 * remembered).
	 */
	public Optional<Integer> get(UUID id, Function<UUID, Optional<Revised>> load) {
		subscribe();
		long now = System.nanoTime();
		Known k = known.get(id);
		if (k != null && (notifications.listening() || now - k.seenAt() < MAX_AGE_NANOS)) {
			return Optional.ofNullable(k.value());
		}
		Optional<Revised> loaded = load.apply(id);
		loaded.ifPresentOrElse(r -> remember(id, r.revision(), r.value(), now), () -> known.remove(id));
		return loaded.map(Revised::value);
	}

	/** Records a change made in the current transaction once it commits, and tells the other processes. */
	public void changedInTransaction(UUID id, long revision, Integer value) {
		notifications.send(channel, id + ":" + revision + ":" + (value == null ? "" : value));
		AfterCommit.run(() -> remember(id, revision, value, System.nanoTime()));
	}

	@Override
	public void notified(String payload) {
		String[] parts = payload.split(":", -1);
		try {
			remember(UUID.fromString(parts[0]), Long.parseLong(parts[1]),
					parts[2].isEmpty() ? null : Integer.valueOf(parts[2]), System.nanoTime());
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			known.clear(); // not a note this version wrote: trust nothing remembered
		}
	}

	@Override
	public void reset() {
		known.clear();
	}

	private void remember(UUID id, long revision, Integer value, long now) {
		known.merge(id, new Known(revision, value, now),
				(old, fresh) -> fresh.revision() >= old.revision() ? fresh : new Known(old.revision(), old.value(), now));
	}

	private void subscribe() {
		if (!subscribed) {
			synchronized (this) {
				if (!subscribed) {
					notifications.subscribe(channel, this);
					subscribed = true;
				}
			}
		}
	}
}
