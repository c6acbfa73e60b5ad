package org.mokuhyo.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A browse page asked with a value it cannot answer: 400 for a malformed parameter (year, page, sort), 404 for an
 * address naming nothing (an unknown municipality, plan node, policy or tag). Carries message keys, not sentences:
 * the reason is worded where the page is rendered, in the reader's language ({@link PublicRequestErrors}).
 */
public final class PublicRequestException extends RuntimeException {

	static final String BAD_REQUEST_HEADING = "browse.error.bad-request";

	private final HttpStatus status;

	private final String headingKey;

	private final String messageKey;

	private final Object[] args;

	private PublicRequestException(HttpStatus status, String headingKey, String messageKey, Object[] args) {
		super(messageKey); // the key, for logs: the sentence depends on the reader
		this.status = status;
		this.headingKey = headingKey;
		this.messageKey = messageKey;
		this.args = args.clone();
	}

	/**
	 * @param args as {@link PageText#mixed}: what the reader asked for (a name, a code) as {@link PageText#content}, so
	 *             an English page marks it as Japanese
	 */
	public static PublicRequestException badRequest(String messageKey, Object... args) {
		return new PublicRequestException(HttpStatus.BAD_REQUEST, BAD_REQUEST_HEADING, messageKey, args);
	}

	public static PublicRequestException notFound(String headingKey, String messageKey, Object... args) {
		return new PublicRequestException(HttpStatus.NOT_FOUND, headingKey, messageKey, args);
	}

	public HttpStatus status() {
		return status;
	}

	/** The heading in the page's language. */
	public String heading(PageText text) {
		return text.get(headingKey);
	}

	/** The reason in the page's language, the reader's own words marked. */
	public List<PageText.Part> message(PageText text) {
		return text.mixed(messageKey, args);
	}
}
