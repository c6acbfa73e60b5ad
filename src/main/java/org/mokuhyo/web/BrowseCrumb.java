package org.mokuhyo.web;

import java.util.List;

/**
 * One step of a page's breadcrumbs; the page itself has no {@code href}. Its words are parts, so that the sheets' own
 * words in it (a department's name) can be marked as Japanese on an English page ({@link PageText#mixed}).
 */
record BrowseCrumb(List<PageText.Part> parts, String href) {

	BrowseCrumb {
		parts = List.copyOf(parts);
	}

	BrowseCrumb(String label, String href) {
		this(List.of(new PageText.Part(label, null)), href);
	}

	static BrowseCrumb here(String label) {
		return new BrowseCrumb(label, null);
	}

	static BrowseCrumb here(List<PageText.Part> parts) {
		return new BrowseCrumb(parts, null);
	}

	/** The words as plain text. */
	public String label() {
		return PageText.text(parts);
	}
}
