package org.mokuhyo.cli;

/**
 * One command-line verb: its name (the first argument), its lines of the usage text, and what it does.
 */
interface Verb {

	String name();

	/** Its lines of the usage text, each indented by two spaces, the description lines by six. */
	String usage();

	/**
	 * Runs it on the whole command line ({@code args[0]} is the verb's name).
	 * @return the exit status: 0 done, 1 bad input
	 * @throws UsageException the command line is wrong (exit status 2, with the usage text)
	 * @throws InputException the input is wrong (exit status 1, with the one-line message)
	 */
	int run(String[] args, Terminal terminal) throws UsageException, InputException;
}
