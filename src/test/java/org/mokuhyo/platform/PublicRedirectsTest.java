package org.mokuhyo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Redirects name this application by its path, absolute only on the configured public address, whatever host the
 * request named ({@code ProxyHeadersTest} does the same over HTTP with the running application).
 */
class PublicRedirectsTest {

	private static MockHttpServletRequest request(String host, String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setServerName(host);
		return request;
	}

	private static String sent(String base, String host, String location) throws Exception {
		PublicRedirects filter = new PublicRedirects(new PublicAddress(base));
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request(host, "/sheets/1/edit"), response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
					throws java.io.IOException {
				res.sendRedirect(location);
			}
		}));
		return response.getRedirectedUrl();
	}

	@Test
	void withoutABaseRedirectsArePathsEvenWhenBuiltFromTheHostTheRequestNamed() throws Exception {
		assertThat(sent("", "evil.example", "http://evil.example/login")).isEqualTo("/login");
		assertThat(sent("", "evil.example", "https://EVIL.example:8443/admin/users?continue#top"))
			.isEqualTo("/admin/users?continue#top");
		assertThat(sent("", "evil.example", "http://evil.example")).isEqualTo("/");
		assertThat(sent("", "evil.example", "/login?logout")).isEqualTo("/login?logout");
		assertThat(sent("", "evil.example", "basics?saved")).isEqualTo("/sheets/1/basics?saved");
	}

	@Test
	void withABaseRedirectsAreAbsoluteOnItAndOtherSitesPassUnchanged() throws Exception {
		String base = "https://mokuhyo.city.example/";
		assertThat(sent(base, "evil.example", "http://evil.example/login")).isEqualTo("https://mokuhyo.city.example/login");
		assertThat(sent(base, "evil.example", "/")).isEqualTo("https://mokuhyo.city.example/");
		assertThat(sent(base, "evil.example", "https://creativecommons.org/licenses/by/4.0/"))
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/");
	}

	@Test
	void aLocationHeaderIsRewrittenLikeARedirect() throws Exception {
		PublicRedirects filter = new PublicRedirects(new PublicAddress("https://mokuhyo.city.example"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request("evil.example", "/api/v1/sheets/import"), response,
				(req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setHeader("Location", "/api/v1/sheets/1"));
		assertThat(response.getHeader("Location")).isEqualTo("https://mokuhyo.city.example/api/v1/sheets/1");
	}

	@Test
	void theBaseMustBeAnOrigin() {
		assertThat(new PublicAddress(" ").base()).isEmpty();
		assertThat(new PublicAddress("https://mokuhyo.city.example:8443/").base()).hasValue("https://mokuhyo.city.example:8443");
		for (String wrong : new String[] { "mokuhyo.city.example", "ftp://mokuhyo.city.example", "https://city.example/mokuhyo",
				"https://user@city.example", "https://city.example/?a", "https://" }) {
			assertThatThrownBy(() -> new PublicAddress(wrong)).as(wrong)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("mokuhyo.public-base-url");
		}
	}
}
