package org.mokuhyo.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in throttle against the real PostgreSQL: its counts are rows of {@code sign_in_failure}, so a second
 * throttle (another node, or this one after a restart) sees the first one's failures; per name and per address;
 * the window ends a lock-out and old rows are purged.
 */
@IntegrationTest
class SignInThrottleTest {

	@Autowired
	JdbcClient jdbc;

	private final MutableClock clock = new MutableClock();

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String address() {
		return "198.51.100." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
	}

	@Test
	void tenFailuresLockANameUntilTheWindowHasPassedWhateverItsCase() {
		SignInThrottle throttle = new SignInThrottle(jdbc, clock, 200);
		String name = unique("Tanaka");
		for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
			throttle.failed(name, address());
		}
		assertThat(throttle.isLocked(name.toLowerCase(), address())).isFalse();
		throttle.failed(name.toUpperCase() + " ", address());
		assertThat(throttle.secondsLocked(name.toLowerCase(), address())).isEqualTo(SignInThrottle.WINDOW.toSeconds());
		assertThat(throttle.isLocked(unique("suzuki"), address())).isFalse();

		clock.now = clock.now.plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1));
		assertThat(throttle.isLocked(name, address())).isFalse();
		throttle.failed(name, address());
		assertThat(failures("NAME", name)).as("a new window starts from one").isEqualTo(1);
		throttle.succeeded(name);
		assertThat(failures("NAME", name)).isZero();
	}

	@Test
	void theCountsAreInPostgresqlSoAnotherThrottleSeesThem() {
		String name = unique("sato");
		String address = address();
		SignInThrottle one = new SignInThrottle(jdbc, clock, 200);
		for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
			one.failed(name, address);
		}
		assertThat(failures("NAME", name)).isEqualTo(SignInThrottle.MAX_FAILURES);
		assertThat(failures("ADDRESS", address)).isEqualTo(SignInThrottle.MAX_FAILURES);

		SignInThrottle another = new SignInThrottle(jdbc, clock, 200);
		assertThat(another.isLocked(name, address())).isTrue();
		assertThat(another.isLocked(unique("sato"), address)).as("200 for an address, not 10").isFalse();
	}

	@Test
	void manyNamesFromOneAddressLockTheAddressForEveryName() {
		SignInThrottle throttle = new SignInThrottle(jdbc, clock, 12);
		String address = address();
		for (int i = 0; i < 12; i++) {
			throttle.failed(unique("spray"), address);
		}
		assertThat(throttle.isLocked(unique("anyone"), address)).isTrue();
		assertThat(throttle.isLocked(unique("anyone"), address())).isFalse();
		// a right password of one account does not clear the address
		throttle.succeeded(unique("spray"));
		assertThat(throttle.isLocked(unique("anyone"), address)).isTrue();
	}

	@Test
	void rowsOlderThanTheWindowArePurged() {
		String name = unique("old");
		new SignInThrottle(jdbc, clock, 200).failed(name, address());
		assertThat(failures("NAME", name)).isEqualTo(1);

		clock.now = clock.now.plus(SignInThrottle.WINDOW).plus(Duration.ofMinutes(2));
		new SignInThrottle(jdbc, clock, 200).failed(unique("new"), address());
		assertThat(failures("NAME", name)).isZero();
	}

	private int failures(String kind, String value) {
		return jdbc.sql("select coalesce(sum(failures), 0) from sign_in_failure where key = :key")
			.param("key", SignInThrottle.key(kind, value))
			.query(Integer.class)
			.single();
	}

	/**
	 * Years ahead of the real clock: purging here may remove the other tests' rows (they run one after another, so
	 * none is counting then), and these rows, of names and addresses no one else uses, never expire for them.
	 */
	private static final class MutableClock extends Clock {

		Instant now = Instant.now().plus(Duration.ofDays(3650)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
