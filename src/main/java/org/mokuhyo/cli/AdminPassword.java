package org.mokuhyo.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where {@code create-admin} gets the password: the environment variable {@value #VARIABLE} when set, else standard
 * input: typed twice without echo at a terminal, or one line from a pipe. Never from the command line, where other
 * users of the machine could read it in the process list.
 */
final class AdminPassword {

	static final String VARIABLE = "MOKUHYO_ADMIN_PASSWORD";

	private AdminPassword() {
	}

	static String read(String fromEnvironment, Console console, InputStream stdin) throws InputException {
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		if (console != null) {
			char[] first = console.readPassword("パスワード: ");
			char[] second = console.readPassword("パスワード（確認）: ");
			if (first == null || second == null) {
				throw new InputException("パスワードが入力されませんでした");
			}
			try {
				if (!Arrays.equals(first, second)) {
					throw new InputException("パスワードが確認用と一致しません");
				}
				return new String(first);
			}
			finally {
				Arrays.fill(first, ' ');
				Arrays.fill(second, ' ');
			}
		}
		try {
			String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
			if (line == null || line.isEmpty()) {
				throw new InputException("パスワードがありません。標準入力か環境変数 " + VARIABLE + " で渡してください");
			}
			return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
		}
		catch (IOException ex) {
			throw new InputException("標準入力を読めません: " + ex.getMessage());
		}
	}
}
