package org.mokuhyo.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * What a verb runs with: stdout and stderr (UTF-8 whatever the platform's encoding), where {@code create-admin}
 * reads the password from (environment, console, stdin), the application class (benchmarks start their own), and
 * how it gets the Spring context: the whole application without its web server, or for {@code convert} only the
 * configuration and the JSON mapper. A process gets fresh ones ({@link #of}); a test passes its own.
 */
record Terminal(PrintStream out, PrintStream err, Class<?> application, Supplier<VerbContext> context,
		Supplier<VerbContext> convertContext, Function<String, String> environment, Console console,
		InputStream stdin) {

	Terminal {
		out = utf8(out);
		err = utf8(err);
	}

	/** The process's own: its environment, console and stdin; each context started for the verb and closed after. */
	static Terminal of(Class<?> application, OutputStream stdout, OutputStream stderr) {
		return new Terminal(new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8), application,
				() -> VerbContext.started(application(application).run()),
				() -> VerbContext.started(application(ConvertContext.class).run()), System::getenv, System.console(),
				System.in);
	}

	private static SpringApplicationBuilder application(Class<?> source) {
		return new SpringApplicationBuilder(source).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// stdout carries the JSON and stderr one line per problem: Spring's own failure log would bury it
			.properties("logging.level.root=ERROR", "logging.level.org.springframework.boot.SpringApplication=OFF");
	}

	private static PrintStream utf8(PrintStream stream) {
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}

	/** Opens the whole application (without its web server). */
	VerbContext open() {
		return context.get();
	}
}
