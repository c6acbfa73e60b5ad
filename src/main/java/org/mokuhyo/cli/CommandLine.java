package org.mokuhyo.cli;

import java.util.Set;

/**
 * Entry point of the command-line verbs.
 */
public final class CommandLine {

	private static final Set<String> VERBS = Set.of("convert", "import", "export");

	private CommandLine() {
	}

	public static boolean isVerb(String[] args) {
		return args.length > 0 && VERBS.contains(args[0]);
	}

	/** Runs the verb and returns the process exit status. */
	public static int run(String[] args) {
		System.err.println("not available yet: " + args[0]);
		return 2;
	}
}
