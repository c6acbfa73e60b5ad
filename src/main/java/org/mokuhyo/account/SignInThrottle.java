package org.mokuhyo.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins for one username within
 * {@link #WINDOW}, that username cannot sign in until the window has passed since the last failure. Counted for any
 * name, taken or not, so the lock-out tells nothing about which accounts exist. In memory: a restart forgets it,
 * and each server of a cluster counts on its own, which still bounds guessing.
 */
final class SignInThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/** Bounds the memory an attacker trying many names can take; the oldest entries go first. */
	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	boolean isLocked(String username) {
		Failures entry = failures.get(key(username));
		return entry != null && entry.count() >= MAX_FAILURES && !expired(entry);
	}

	void failed(String username) {
		if (failures.size() >= MAX_ENTRIES) {
			failures.values().removeIf(this::expired);
		}
		failures.compute(key(username), (key, entry) -> entry == null || expired(entry)
				? new Failures(1, clock.instant()) : new Failures(entry.count() + 1, clock.instant()));
	}

	void succeeded(String username) {
		failures.remove(key(username));
	}

	private boolean expired(Failures entry) {
		return entry.last().plus(WINDOW).isBefore(clock.instant());
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant last) {
	}
}
