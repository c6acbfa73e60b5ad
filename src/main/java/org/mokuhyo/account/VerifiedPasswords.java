package org.mokuhyo.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * User names and passwords bcrypt accepted a moment ago, so that a program sending HTTP Basic with every request
 * pays for bcrypt once every {@link #TTL} rather than each time. Kept as an HMAC-SHA-256 of name and password under
 * a key made at random when the process starts (never the password, and nothing another process could use),
 * together with the account's id and stored password hash: a remembered pair counts only while the account's current
 * row (read on every sign-in) still has that hash, so a password changed or reset on any node ends it at once, and
 * a disabled account is not found at all. Per process on purpose: it only saves work, it decides nothing the
 * database does not confirm.
 */
final class VerifiedPasswords {

	static final Duration TTL = Duration.ofMinutes(5);

	/** Bounds the memory: when full, expired entries go, and if none has expired, all of them. */
	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final SecretKeySpec key;

	private final Clock clock;

	VerifiedPasswords(Clock clock) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.clock = clock;
	}

	/** Whether this name and password were accepted for this account with this stored hash within the TTL. */
	boolean holds(String username, String password, long accountId, String passwordHash) {
		Entry entry = entries.get(mac(username, password));
		return entry != null && entry.accountId() == accountId && entry.passwordHash().equals(passwordHash)
				&& entry.until().isAfter(clock.instant());
	}

	void remember(String username, String password, long accountId, String passwordHash) {
		Instant now = clock.instant();
		if (entries.size() >= MAX_ENTRIES) {
			entries.values().removeIf(entry -> !entry.until().isAfter(now));
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
		}
		entries.put(mac(username, password), new Entry(accountId, passwordHash, now.plus(TTL)));
	}

	void forget(String username, String password) {
		entries.remove(mac(username, password));
	}

	private String mac(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0); // no name and password run together into another pair
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex); // every Java has HmacSHA256
		}
	}

	private record Entry(long accountId, String passwordHash, Instant until) {
	}
}
