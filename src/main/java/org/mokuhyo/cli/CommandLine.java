package org.mokuhyo.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Entry point of the command-line verbs.
 */
public final class CommandLine {

	private CommandLine() {
	}

	/**
	 * Whether the arguments are for the command line rather than the web server: a verb, {@code help},
	 * {@code --help}, {@code -h}, or any other first word not starting with a dash (an unknown verb gets the usage,
	 * not a web server). Options such as {@code --server.port=9090} are Spring's and start the server.
	 */
	public static boolean isVerb(String[] args) {
		return args.length > 0 && (!args[0].startsWith("-") || Verbs.HELP.contains(args[0]));
	}

	/**
	 * Runs the verb with {@code application} as the Spring Boot application (passed in by its main method rather
	 * than named here, which would make the two modules depend on each other) and returns the process exit status.
	 */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, Verbs.PRODUCT);
	}

	/**
	 * As {@link #run(Class, String[])} with other verbs (the benchmarks'). While it runs, {@code System.out} points
	 * at stderr: whatever a library prints (log lines, the database's output) must not end up inside the JSON on
	 * stdout.
	 */
	static int run(Class<?> application, String[] args, List<Verb> verbs) {
		PrintStream stdout = System.out;
		System.setOut(System.err);
		try {
			return new Verbs(verbs).run(args, Terminal.of(application, stdout, System.err));
		}
		finally {
			stdout.flush();
			System.setOut(stdout);
		}
	}
}
