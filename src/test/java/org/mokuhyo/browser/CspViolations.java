package org.mokuhyo.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The Content-Security-Policy violations of a browser context, as Chromium reports them to the page
 * ({@code securitypolicyviolation} events: what was refused, by which directive, from where), collected across
 * navigations. The listener is Playwright's own (an init script and a binding, which no policy governs), so it
 * reports what the site's scripts and markup do, not itself.
 */
final class CspViolations {

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private CspViolations() {
	}

	/** Starts watching every page of the context; call before its first navigation. */
	static CspViolations watch(BrowserContext context) {
		CspViolations violations = new CspViolations();
		context.exposeBinding("mokuhyoCspViolation", (source, args) -> {
			violations.seen.add(args[0] + " on " + source.page().url());
			return null;
		});
		context.addInitScript("""
				document.addEventListener('securitypolicyviolation', function (e) {
				  window.mokuhyoCspViolation(e.violatedDirective + ' refused ' + (e.blockedURI || '(none)') + ' in '
				    + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || ''));
				});""");
		return violations;
	}

	/**
	 * The violations so far, once the page has run the tasks queued before this call (a violation's event is one of
	 * them).
	 */
	List<String> seen(Page page) {
		page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))");
		return List.copyOf(seen);
	}
}
