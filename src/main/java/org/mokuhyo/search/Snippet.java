package org.mokuhyo.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of the matched text, as parts that are or are not the searched words: pages mark the matching parts (and
 * escape all of it), the API gives the plain text with the ranges.
 */
public record Snippet(List<Part> parts) {

	public Snippet {
		parts = List.copyOf(parts);
	}

	/** A run of text; {@code match} when it is one of the searched words. */
	public record Part(String text, boolean match) {
	}

	/** The snippet's text without marks. */
	public String text() {
		StringBuilder text = new StringBuilder();
		parts.forEach(part -> text.append(part.text()));
		return text.toString();
	}

	/** The matching parts as [start, end) offsets in {@link #text()} (UTF-16, as JavaScript counts). */
	public List<int[]> highlights() {
		List<int[]> ranges = new ArrayList<>();
		int at = 0;
		for (Part part : parts) {
			if (part.match()) {
				ranges.add(new int[] { at, at + part.text().length() });
			}
			at += part.text().length();
		}
		return ranges;
	}

	static Snippet plain(String text) {
		return new Snippet(List.of(new Part(text == null ? "" : text, false)));
	}
}
