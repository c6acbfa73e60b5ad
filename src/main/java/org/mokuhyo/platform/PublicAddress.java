package org.mokuhyo.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the public reaches the application ({@code mokuhyo.public-base-url}, e.g. {@code https://mokuhyo.city.example}):
 * the one source of the scheme and host of any absolute address the application writes (redirects when set, the
 * OpenAPI document's server). Blank: addresses stay server-relative ({@code /login}), which every browser and client
 * resolves against the address it asked. Never taken from the request's {@code Host} or {@code X-Forwarded-Host}, which
 * the client (or whoever sits in between) chooses. An origin only: the application is served at the root.
 */
@Component
public final class PublicAddress {

	private final String base;

	public PublicAddress(@Value("${mokuhyo.public-base-url:}") String configured) {
		this.base = check(configured == null ? "" : configured.strip());
	}

	/** The configured origin without a trailing slash ({@code https://mokuhyo.city.example}), or empty. */
	public Optional<String> base() {
		return base.isEmpty() ? Optional.empty() : Optional.of(base);
	}

	/** A server-relative path ({@code /login?logout}) as the address to write: absolute on the base when set. */
	public String of(String serverRelative) {
		return base + serverRelative;
	}

	private static String check(String value) {
		if (value.isEmpty()) {
			return value;
		}
		String origin = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
		try {
			URI uri = new URI(origin);
			boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
			if (web && uri.getHost() != null && uri.getRawUserInfo() == null && (uri.getRawPath() == null
					|| uri.getRawPath().isEmpty()) && uri.getRawQuery() == null && uri.getRawFragment() == null) {
				return origin;
			}
		}
		catch (URISyntaxException ex) {
			// the message below says what is expected
		}
		throw new IllegalStateException("mokuhyo.public-base-url must be an origin such as https://mokuhyo.city.example"
				+ " (http or https, a host, an optional port, no path), or blank; was: " + value);
	}
}
