package org.mokuhyo.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Entry point of the command-line verbs.
 */
public final class CommandLine {

	private static final Set<String> VERBS = Set.of("convert", "import", "import-archive", "export", "create-admin",
			"bench", "bench-edits", "bench-portal", "remind-progress", "reindex", "open-data", "bench-open-data",
			"export-workbook", "import-progress", "bench-exchange", "municipalities", "add-municipality");

	private CommandLine() {
	}

	public static boolean isVerb(String[] args) {
		return args.length > 0 && VERBS.contains(args[0]);
	}

	/**
	 * Runs the verb with {@code application} as the Spring Boot application (passed in by its main method rather
	 * than named here, which would make the two modules depend on each other) and returns the process exit status: 0 done, 1 bad input (one line on stderr), 2 a wrong command
	 * line (with the usage text). While it runs, {@code System.out} points at stderr: whatever a library prints
	 * (log lines, the database's output) must not end up inside the JSON on stdout.
	 */
	public static int run(Class<?> application, String[] args) {
		PrintStream stdout = System.out;
		PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.setOut(System.err);
		try {
			return new Verbs(application, stdout, stderr).run(args);
		}
		finally {
			stdout.flush();
			System.setOut(stdout);
		}
	}
}
