package org.mokuhyo.account;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password rules and the encoder. Hashes carry their algorithm ({@code {bcrypt}…}), so a stronger one can be
 * introduced later without invalidating stored hashes.
 */
final class Passwords {

	static final int MIN_LENGTH = 12;

	/** bcrypt reads only 72 bytes, and Spring's encoder refuses longer input rather than ignore the rest. */
	static final int MAX_BYTES = 72;

	static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private Passwords() {
	}

	/** @throws AccountException with a Japanese message when the password may not be used */
	static void check(String field, String password, String username) {
		if (password == null || password.isBlank()) {
			throw new AccountException(field, "パスワードを入力してください。");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new AccountException(field, "パスワードは" + MIN_LENGTH + "文字以上にしてください。");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new AccountException(field, "パスワードが長すぎます（半角" + MAX_BYTES + "文字、全角24文字まで）。");
		}
		if (!password.strip().equals(password)) {
			throw new AccountException(field, "パスワードの先頭と末尾に空白は使えません。");
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			throw new AccountException(field, "ユーザー名と同じパスワードは使えません。");
		}
	}

	static String hash(String password) {
		return ENCODER.encode(password);
	}

	static boolean matches(String password, String hash) {
		return password != null && ENCODER.matches(password, hash);
	}
}
