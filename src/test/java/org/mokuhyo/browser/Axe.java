package org.mokuhyo.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * axe-core (from the npm registry, fetched by the build: see pom.xml) injected into a page in the browser: the
 * WCAG 2.1 A and AA rules, and the violations of serious or critical impact, each with the elements it found.
 */
public final class Axe {

	private static final String SCRIPT = """
			async () => {
			  const result = await axe.run(document, { runOnly: { type: 'tag',
			    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			  return result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
			      + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '));
			}""";

	private Axe() {
	}

	/** The serious and critical WCAG 2.1 AA violations of the page as loaded. */
	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(Page page) {
		// as a file of the page's own site (answered by Playwright, never reaching the server), not as inline text:
		// the pages' Content-Security-Policy allows scripts from the site only
		URI url = URI.create(page.url());
		if (!url.getScheme().startsWith("http")) { // a page set by the test itself, under no policy
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
			return (List<String>) page.evaluate(SCRIPT);
		}
		String at = url.resolve(AXE_PATH).toString();
		page.route(at, route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
			.setContentType("text/javascript; charset=utf-8")
			.setBody(source())));
		try {
			page.addScriptTag(new Page.AddScriptTagOptions().setUrl(at));
		}
		finally {
			page.unroute(at);
		}
		return (List<String>) page.evaluate(SCRIPT);
	}

	private static final String AXE_PATH = "/axe-core-for-tests.js";

	private static String source() {
		String path = System.getProperty("mokuhyo.axe-core", "target/npm/axe-core/package/axe.min.js");
		try {
			return Files.readString(Path.of(path));
		}
		catch (IOException ex) {
			throw new IllegalStateException("axe-core not found at " + path + ": the build fetches it (mvn test)", ex);
		}
	}
}
