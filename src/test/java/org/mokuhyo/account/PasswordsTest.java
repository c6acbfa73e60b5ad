package org.mokuhyo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PasswordsTest {

	@Test
	void twelveCharactersAtLeastCountedAsCharactersNotBytes() {
		assertThatThrownBy(() -> Passwords.check("password", "elevenchars", "someone"))
			.hasMessage("パスワードは12文字以上にしてください。");
		assertThatCode(() -> Passwords.check("password", "twelve-chars", "someone")).doesNotThrowAnyException();
		assertThatCode(() -> Passwords.check("password", "ながいながいぱすわーどです", "someone")).doesNotThrowAnyException();
		assertThatThrownBy(() -> Passwords.check("password", "ながいぱすわーど", "someone")).hasMessageContaining("12文字以上");
	}

	@Test
	void blankTooLongPaddedOrTheUsernameAreRefused() {
		assertThatThrownBy(() -> Passwords.check("password", "   ", "someone")).hasMessage("パスワードを入力してください。");
		assertThatThrownBy(() -> Passwords.check("password", null, "someone")).hasMessage("パスワードを入力してください。");
		assertThatThrownBy(() -> Passwords.check("password", "a".repeat(73), "someone")).hasMessageContaining("長すぎます");
		assertThatThrownBy(() -> Passwords.check("password", "あ".repeat(25), "someone")).hasMessageContaining("長すぎます");
		assertThatThrownBy(() -> Passwords.check("password", " padded-password ", "someone")).hasMessageContaining("空白");
		assertThatThrownBy(() -> Passwords.check("password", "Kikaku.Taro.01", "kikaku.taro.01"))
			.hasMessageContaining("ユーザー名と同じ");
	}

	@Test
	void hashesAreBcryptAndSaltedAndVerify() {
		String hash = Passwords.hash("correct-password");
		assertThat(hash).startsWith("{bcrypt}$2").isNotEqualTo(Passwords.hash("correct-password"));
		assertThat(Passwords.matches("correct-password", hash)).isTrue();
		assertThat(Passwords.matches("wrong-password", hash)).isFalse();
		assertThat(Passwords.matches(null, hash)).isFalse();
	}

	@Test
	void theThrottleLocksANameAfterTenFailuresUntilTheWindowHasPassed() {
		MutableClock clock = new MutableClock();
		SignInThrottle throttle = new SignInThrottle(clock);
		for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
			throttle.failed("Tanaka");
		}
		assertThat(throttle.isLocked("tanaka")).isFalse();
		throttle.failed("TANAKA ");
		assertThat(throttle.isLocked("tanaka")).isTrue();
		assertThat(throttle.isLocked("suzuki")).isFalse();

		clock.now = clock.now.plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1));
		assertThat(throttle.isLocked("tanaka")).isFalse();
		throttle.failed("tanaka");
		assertThat(throttle.isLocked("tanaka")).as("a new window starts from one").isFalse();
		throttle.succeeded("tanaka");
		assertThat(throttle.isLocked("tanaka")).isFalse();
	}

	private static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-04-01T00:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
