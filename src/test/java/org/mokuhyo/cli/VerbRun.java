package org.mokuhyo.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.mokuhyo.MokuhyoApplication;
import org.springframework.context.ApplicationContext;

/**
 * A verb run in the test's JVM against the test's application context (the shared one of {@code @IntegrationTest},
 * left open): the same verb classes, argument checks and exit statuses as the jar, without starting a JVM and an
 * application per call. Its result reads like a {@link JarRun}. The real process path keeps one {@link JarRun} test
 * per verb family.
 */
final class VerbRun {

	private VerbRun() {
	}

	static JarRun of(ApplicationContext context, List<String> args) {
		return of(context, args, Map.of(), "");
	}

	/** With these environment variables only (the test's own are never seen) and this standard input (no console). */
	static JarRun of(ApplicationContext context, List<String> args, Map<String, String> environment, String stdin) {
		return of(Verbs.PRODUCT, context, args, environment, stdin);
	}

	static JarRun of(List<Verb> verbs, ApplicationContext context, List<String> args, Map<String, String> environment,
			String stdin) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), MokuhyoApplication.class,
				() -> VerbContext.shared(context), () -> VerbContext.shared(context), environment::get, null,
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
		int exit = new Verbs(verbs).run(args.toArray(String[]::new), terminal);
		return new JarRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
