package org.mokuhyo.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * Checks of the filters the lists take, each failing with a 400 that names the parameter and what it accepts.
 */
final class ApiChecks {

	/** Fiscal years outside this range are typing errors, not sheets. */
	static final int FIRST_YEAR = 1989;

	static final int LAST_YEAR = 2200;

	private ApiChecks() {
	}

	static void year(Integer fiscalYear) {
		if (fiscalYear != null && (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR)) {
			throw ApiProblem.invalidParameter("fiscalYear");
		}
	}

	/** A blank filter is no filter. */
	static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The constant of {@code type} named by {@code value} (any case); null for none. */
	static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
		String v = text(value);
		if (v == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
					"パラメータ " + name + " は " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name)
						.toList()) + " のどれかで指定してください");
		}
	}
}
