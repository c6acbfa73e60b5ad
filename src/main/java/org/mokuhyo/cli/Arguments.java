package org.mokuhyo.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words after the verb: positional arguments and {@code --name value} (or {@code --name=value}) options.
 */
final class Arguments {

	private final List<String> positional;

	private final Map<String, String> options;

	private Arguments(List<String> positional, Map<String, String> options) {
		this.positional = positional;
		this.options = options;
	}

	/** Parses {@code args} after the verb, allowing only the {@code known} options (without their dashes). */
	static Arguments parse(String[] args, Set<String> known) throws UsageException {
		return parse(args, known, Set.of());
	}

	/** As {@link #parse(String[], Set)}, also allowing the {@code flags}: options without a value. */
	static Arguments parse(String[] args, Set<String> known, Set<String> flags) throws UsageException {
		List<String> positional = new ArrayList<>();
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				positional.add(arg);
				continue;
			}
			int equals = arg.indexOf('=');
			String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
			if (flags.contains(name) && equals < 0) {
				if (options.put(name, "true") != null) {
					throw new UsageException("--" + name + " が二度あります");
				}
				continue;
			}
			if (!known.contains(name)) {
				throw new UsageException("知らないオプションです: --" + name);
			}
			String value;
			if (equals >= 0) {
				value = arg.substring(equals + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new UsageException("--" + name + " の値がありません");
			}
			if (options.put(name, value) != null) {
				throw new UsageException("--" + name + " が二度あります");
			}
		}
		return new Arguments(positional, options);
	}

	/** Whether the flag was given. */
	boolean flag(String name) {
		return options.containsKey(name);
	}

	/** The single positional argument the verb takes. */
	String file() throws UsageException {
		if (positional.size() != 1) {
			throw new UsageException(positional.isEmpty() ? "ファイルを指定してください" : "ファイルは一つだけ指定してください");
		}
		return positional.get(0);
	}

	List<String> positional() {
		return List.copyOf(positional);
	}

	int intOption(String name, int fallback) throws UsageException {
		String value = option(name);
		if (value == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value);
			if (n < 1) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--" + name + " には 1 以上の整数を指定してください: " + value);
		}
	}

	void noPositional() throws UsageException {
		if (!positional.isEmpty()) {
			throw new UsageException("余分な引数があります: " + positional.get(0));
		}
	}

	String option(String name) {
		String value = options.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	String required(String name) throws UsageException {
		String value = option(name);
		if (value == null) {
			throw new UsageException("--" + name + " を指定してください");
		}
		return value;
	}

	Integer fiscalYear() throws UsageException {
		String value = option("fiscal-year");
		if (value == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(value);
			if (year < 1989 || year > 2200) {
				throw new UsageException("--fiscal-year は西暦の年度で指定してください (例: 2024): " + value);
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--fiscal-year は西暦の年度で指定してください (例: 2024): " + value);
		}
	}
}
