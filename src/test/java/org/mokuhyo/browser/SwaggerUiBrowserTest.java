package org.mokuhyo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI in real headless Chromium, as a developer of another system opens it without signing in: it loads the
 * app's own OpenAPI document and draws the API's operations, with every file from this server (no CDN) and nothing
 * refused by its Content-Security-Policy.
 */
@IntegrationTest
class SwaggerUiBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Test
	void swaggerUiDrawsTheApiFromThisServerOnly() {
		String origin = "http://localhost:" + port;
		List<String> elsewhere = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		try (Page page = chromium.browser().newPage()) {
			page.onRequest(request -> {
				if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) {
					elsewhere.add(request.url());
				}
			});
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					errors.add(message.text());
				}
			});
			page.navigate(origin + "/swagger-ui/index.html");
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			assertThat(errors).as("console errors (CSP refusals among them)").isEmpty();
			PlaywrightAssertions.assertThat(page.locator(".swagger-ui .info .title"))
				.containsText("mokuhyo API", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
					.setTimeout(30_000));
			PlaywrightAssertions.assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/municipalities/{municipality}/goals']"))
				.isVisible();
			PlaywrightAssertions.assertThat(page.locator(".opblock-tag").first()).isVisible();
		}
		assertThat(elsewhere).as("requests to other hosts").isEmpty();
		assertThat(errors).as("console errors (CSP refusals among them)").isEmpty();
	}
}
