package org.mokuhyo.web;

import org.springframework.http.HttpStatus;

/**
 * A browse page asked with a value it cannot answer: 400 for a malformed parameter (year, page, sort), 404 for an
 * address naming nothing (an unknown municipality, plan node, policy or tag). Shown as the site's error page with
 * the message ({@link BrowseErrors}).
 */
final class BrowseRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String heading;

	private BrowseRequestException(HttpStatus status, String heading, String message) {
		super(message);
		this.status = status;
		this.heading = heading;
	}

	static BrowseRequestException badRequest(String message) {
		return new BrowseRequestException(HttpStatus.BAD_REQUEST, "指定の内容が正しくありません", message);
	}

	static BrowseRequestException notFound(String heading, String message) {
		return new BrowseRequestException(HttpStatus.NOT_FOUND, heading, message);
	}

	HttpStatus status() {
		return status;
	}

	String heading() {
		return heading;
	}
}
