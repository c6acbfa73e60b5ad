package org.mokuhyo.web;

import java.util.List;

/**
 * One step of a page's breadcrumbs; the page itself has no {@code href}. Its words are parts, so that the sheets' own
 * words in it (a department's name) can be marked as Japanese on an English page ({@link PageText#mixed}).
 */
public record Crumb(List<PageText.Part> parts, String href) {

	public Crumb {
		parts = List.copyOf(parts);
	}

	public Crumb(String label, String href) {
		this(List.of(new PageText.Part(label, null)), href);
	}

	public static Crumb here(String label) {
		return new Crumb(label, null);
	}

	public static Crumb here(List<PageText.Part> parts) {
		return new Crumb(parts, null);
	}

	/** The words as plain text. */
	public String label() {
		return PageText.text(parts);
	}
}
