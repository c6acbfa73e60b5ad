package org.mokuhyo.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Playwright and one headless Chromium (started by {@link org.mokuhyo.browser.Browser#launch}) for a whole test
 * class, closed after its last test. Register it as a static field so it starts before the class's tests:
 * {@code @RegisterExtension static final ChromiumExtension chromium = new ChromiumExtension();} and open contexts or
 * pages from {@link #browser()}. An accessor rather than a method parameter because the tests' own helpers (signing
 * in, opening a second person's browser) need the browser too.
 */
public final class ChromiumExtension implements BeforeAllCallback, AfterAllCallback {

	private Playwright playwright;

	private Browser browser;

	/** The class whose start launched Chromium: a @Nested class inherits the extension but shares its browser. */
	private String startedBy;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (browser != null) {
			return;
		}
		Playwright started = Playwright.create();
		try {
			browser = org.mokuhyo.browser.Browser.launch(started);
		}
		catch (RuntimeException ex) { // e.g. no Chromium: its message says how to install it; leave no driver behind
			started.close();
			throw ex;
		}
		playwright = started;
		startedBy = context.getUniqueId();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (!context.getUniqueId().equals(startedBy)) {
			return;
		}
		try {
			browser.close();
		}
		finally {
			playwright.close();
			browser = null;
			playwright = null;
			startedBy = null;
		}
	}

	/** The running Chromium of this test class. */
	public Browser browser() {
		if (browser == null) {
			throw new IllegalStateException(
					"Chromium is not running: register ChromiumExtension with @RegisterExtension on a static field");
		}
		return browser;
	}
}
