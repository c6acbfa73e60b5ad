package org.mokuhyo.organization;

import java.text.Normalizer;

/**
 * 全国地方公共団体コード (JIS X 0401/0402): five digits (prefecture and municipality) and a check digit, which catches a
 * mistyped digit. The check digit is 11 minus the remainder of the digits weighted 6, 5, 4, 3, 2 divided by 11, its
 * last digit kept (so a remainder of 0 gives 1, of 1 gives 0).
 */
public final class MunicipalityCodes {

	private MunicipalityCodes() {
	}

	/** The check digit of the first five digits. */
	public static int checkDigit(String fiveDigits) {
		int sum = 0;
		for (int i = 0; i < 5; i++) {
			sum += (fiveDigits.charAt(i) - '0') * (6 - i);
		}
		return (11 - sum % 11) % 10;
	}

	/**
	 * The code typed, as six half-width digits (full-width digits and spaces accepted); a five-digit code gets its
	 * check digit.
	 *
	 * @throws IllegalArgumentException with a Japanese message for anything else, or a wrong check digit
	 */
	public static String normalize(String typed) {
		String value = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
		if (value.matches("\\d{5}")) {
			return value + checkDigit(value);
		}
		if (!value.matches("\\d{6}")) {
			throw new IllegalArgumentException("全国地方公共団体コードは6桁の数字です（例: 272035）。");
		}
		int expected = checkDigit(value.substring(0, 5));
		if (value.charAt(5) - '0' != expected) {
			throw new IllegalArgumentException("全国地方公共団体コード " + value + " の検査数字が合いません（" + value.substring(0, 5)
					+ " の検査数字は " + expected + "）。数字を確かめてください。");
		}
		return value;
	}
}
