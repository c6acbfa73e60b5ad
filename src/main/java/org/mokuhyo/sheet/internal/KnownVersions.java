package org.mokuhyo.sheet.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.mokuhyo.platform.AfterCommit;

/**
 * The current version of each sheet as last seen, so that reading a page or the JSON of a sheet (served from the
 * rendered copy of its version) costs no query. Saves in this process update it when they commit; saves by another
 * process (a command-line import next to the server) are seen within {@link #MAX_AGE_SECONDS}.
 */
final class KnownVersions {

	static final long MAX_AGE_SECONDS = 2;

	private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS);

	private record Known(int version, long seenAt) {
	}

	private final Map<UUID, Known> known = new ConcurrentHashMap<>();

	Optional<Integer> get(UUID id, Function<UUID, Optional<Integer>> load) {
		long now = System.nanoTime();
		Known k = known.get(id);
		if (k != null && now - k.seenAt() < MAX_AGE_NANOS) {
			return Optional.of(k.version());
		}
		Optional<Integer> loaded = load.apply(id);
		loaded.ifPresentOrElse(v -> known.put(id, new Known(v, now)), () -> known.remove(id));
		return loaded;
	}

	/** Records the version a save wrote, once (and only if) its transaction commits. */
	void savedInTransaction(UUID id, int version) {
		AfterCommit.run(() -> known.put(id, new Known(version, System.nanoTime())));
	}
}
