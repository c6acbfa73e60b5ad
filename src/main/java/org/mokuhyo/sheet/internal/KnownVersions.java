package org.mokuhyo.sheet.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.mokuhyo.platform.AfterCommit;
import org.mokuhyo.platform.DatabaseNotifications;

/**
 * The current version of each sheet as last seen, so that reading a page or the JSON of a sheet (served from the
 * rendered copy of its version) costs no query. Saves in this process update it when they commit; every save, in
 * any process sharing the database (a command-line import next to the server), announces itself on
 * {@link #CHANNEL}, so while notes arrive what is remembered stays exact. While they do not (the listening
 * connection is down), a remembered version is trusted for {@link #MAX_AGE_SECONDS} only.
 */
final class KnownVersions implements DatabaseNotifications.Subscriber {

	static final String CHANNEL = "mokuhyo_sheet_saved";

	static final long MAX_AGE_SECONDS = 2;

	private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS);

	private record Known(int version, long seenAt) {
	}

	private final Map<UUID, Known> known = new ConcurrentHashMap<>();

	private final DatabaseNotifications notifications;

	private volatile boolean subscribed;

	KnownVersions(DatabaseNotifications notifications) {
		this.notifications = notifications;
	}

	Optional<Integer> get(UUID id, Function<UUID, Optional<Integer>> load) {
		subscribe();
		long now = System.nanoTime();
		Known k = known.get(id);
		if (k != null && (notifications.listening() || now - k.seenAt() < MAX_AGE_NANOS)) {
			return Optional.of(k.version());
		}
		Optional<Integer> loaded = load.apply(id);
		loaded.ifPresentOrElse(v -> remember(id, v, now), () -> known.remove(id));
		return loaded;
	}

	/** Records the version a save wrote once its transaction commits, and tells the other processes. */
	void savedInTransaction(UUID id, int version) {
		notifications.send(CHANNEL, id + ":" + version);
		AfterCommit.run(() -> remember(id, version, System.nanoTime()));
	}

	@Override
	public void notified(String payload) {
		int colon = payload.lastIndexOf(':');
		try {
			remember(UUID.fromString(payload.substring(0, colon)), Integer.parseInt(payload.substring(colon + 1)),
					System.nanoTime());
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			known.clear(); // not a note this version wrote: trust nothing remembered
		}
	}

	@Override
	public void reset() {
		known.clear();
	}

	/** Versions only grow: a slow read of an older version never replaces a newer one that a note brought. */
	private void remember(UUID id, int version, long now) {
		known.merge(id, new Known(version, now),
				(old, fresh) -> fresh.version() >= old.version() ? fresh : new Known(old.version(), now));
	}

	private void subscribe() {
		if (!subscribed) {
			synchronized (this) {
				if (!subscribed) {
					notifications.subscribe(CHANNEL, this);
					subscribed = true;
				}
			}
		}
	}
}
