package org.mokuhyo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
