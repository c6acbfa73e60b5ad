package org.mokuhyo.cli;

import java.io.PrintStream;
import java.util.Set;

/**
 * A benchmark as a verb of the benchmark command line ({@link Benchmarks}): its name, usage lines and options, and
 * the benchmark class that runs it (each starts the application on a throw-away database of its own).
 */
record BenchVerb(String name, String usage, Set<String> options, Factory factory) implements Verb {

	/** How the benchmark class is made: the application to start, and where its figures go. */
	interface Factory {

		Run make(Class<?> application, PrintStream out);
	}

	/** The benchmark's own run. */
	interface Run {

		void run(Arguments arguments) throws UsageException, InputException;
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, options);
		factory.make(terminal.application(), terminal.out()).run(arguments);
		return 0;
	}
}
