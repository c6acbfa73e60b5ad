package org.mokuhyo.platform;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a document's response (a sheet page, a sheet's JSON) from the bytes rendered for its current version: a
 * version never changes, and reading is what most requests do. The ETag names the version, so clients re-validate
 * with a 304. Requests with a session or credentials (signed-in staff, whose responses differ) always go to the
 * controller; so does anything that is not a plain GET of {@code path}.
 */
public final class VersionedResponseCache extends OncePerRequestFilter {

	private static final String UUID_PATTERN = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

	private final Pattern path;

	/** The variant a request reads (e.g. its language); null: this request bypasses the cache. */
	private final Function<HttpServletRequest, String> variant;

	private final String contentType;

	private final Function<UUID, Optional<Integer>> currentVersion;

	private final VersionedCache cache;

	/**
	 * @param pathPrefix     e.g. {@code /sheets/}: the document id follows it, and nothing else
	 * @param variant        names this kind of response in the ETag
	 * @param currentVersion the document's current version, cheaply; empty for an unknown id
	 */
	public VersionedResponseCache(String pathPrefix, String variant, String contentType,
			Function<UUID, Optional<Integer>> currentVersion, VersionedCache cache) {
		this(pathPrefix, request -> variant, contentType, currentVersion, cache);
	}

	/**
	 * @param variant names the kind of response a request gets in the ETag and the cache (e.g. one per language);
	 *                null for a request that must always reach the controller
	 */
	public VersionedResponseCache(String pathPrefix, Function<HttpServletRequest, String> variant, String contentType,
			Function<UUID, Optional<Integer>> currentVersion, VersionedCache cache) {
		this.path = Pattern.compile("^" + Pattern.quote(pathPrefix) + UUID_PATTERN + "$");
		this.variant = variant;
		this.contentType = contentType;
		this.currentVersion = currentVersion;
		this.cache = cache;
	}

	/**
	 * The filter for {@code pathPrefix}{id}, registered for that path only, keeping up to 1/16 of the heap.
	 */
	public static FilterRegistrationBean<VersionedResponseCache> register(String pathPrefix, String variant,
			String contentType, Function<UUID, Optional<Integer>> currentVersion) {
		return register(pathPrefix, request -> variant, contentType, currentVersion);
	}

	/** As above, with the variant (null: no caching) chosen per request. */
	public static FilterRegistrationBean<VersionedResponseCache> register(String pathPrefix,
			Function<HttpServletRequest, String> variant, String contentType,
			Function<UUID, Optional<Integer>> currentVersion) {
		FilterRegistrationBean<VersionedResponseCache> registration = new FilterRegistrationBean<>(
				new VersionedResponseCache(pathPrefix, variant, contentType, currentVersion,
						VersionedCache.ofHeapShare(16)));
		registration.addUrlPatterns(pathPrefix + "*");
		return registration;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getSession(false) != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || !path.matcher(request.getRequestURI()).matches()
				|| variant.apply(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher m = path.matcher(request.getRequestURI());
		UUID id = m.matches() ? UUID.fromString(m.group(1)) : null;
		Optional<Integer> version = currentVersion.apply(id);
		if (version.isEmpty()) {
			chain.doFilter(request, response); // the controller answers the 404
			return;
		}
		String variant = this.variant.apply(request);
		String etag = "\"" + id + "-" + version.get() + "-" + variant + "\"";
		if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, etag);
			return;
		}
		Optional<byte[]> cached = cache.get(id, version.get(), variant);
		if (cached.isPresent()) {
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setContentLength(cached.get().length);
			response.getOutputStream().write(cached.get());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		wrapper.setHeader(HttpHeaders.ETAG, etag);
		chain.doFilter(request, wrapper);
		// only a plain answer for that same version, made without a session, is kept
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
				&& currentVersion.apply(id).equals(version)) {
			cache.put(id, version.get(), variant, wrapper.getContentAsByteArray());
		}
		wrapper.copyBodyToResponse();
	}
}
