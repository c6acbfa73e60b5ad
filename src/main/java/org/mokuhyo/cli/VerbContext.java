package org.mokuhyo.cli;

import org.mokuhyo.importer.DefaultMunicipality;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The Spring context a verb works in: one the verb started (closed when the verb is done) or one that was already
 * there (a test's, left open).
 */
final class VerbContext implements AutoCloseable {

	private final ApplicationContext context;

	private final boolean started;

	private VerbContext(ApplicationContext context, boolean started) {
		this.context = context;
		this.started = started;
	}

	static VerbContext started(ConfigurableApplicationContext context) {
		return new VerbContext(context, true);
	}

	static VerbContext shared(ApplicationContext context) {
		return new VerbContext(context, false);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	Environment environment() {
		return context.getEnvironment();
	}

	ApplicationContext context() {
		return context;
	}

	/** The municipality named by {@code --municipality}, else the configured default; none is a usage error. */
	String municipality(Arguments arguments) throws UsageException {
		String named = arguments.option("municipality") != null ? arguments.option("municipality")
				: DefaultMunicipality.from(environment()).name();
		if (named == null) {
			throw new UsageException("--municipality を指定してください (既定の市区町村が設定されていません)");
		}
		return named;
	}

	@Override
	public void close() {
		if (started) {
			((ConfigurableApplicationContext) context).close();
		}
	}
}
