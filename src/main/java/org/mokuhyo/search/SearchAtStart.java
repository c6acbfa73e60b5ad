package org.mokuhyo.search;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The web server serves the index: it opens it at start (building it in the background when missing or of an older
 * format) and closes it at stop. The command-line verbs run without a web server and leave the index to it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SearchAtStart implements SmartLifecycle {

	private final SearchIndex index;

	private volatile boolean running;

	SearchAtStart(SearchIndex index) {
		this.index = index;
	}

	@Override
	public void start() {
		index.serve();
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		index.destroy();
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
