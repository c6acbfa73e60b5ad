package org.mokuhyo.importer.read;

/**
 * Something a reader noticed or had to guess while reading (a join over a page break, a value taken from the page's
 * foot, an encoding), kept with where it stands so the warning it becomes points at the original.
 *
 * @param line   the source line (or row; for PDFs page × 1000 + line), 1 for the document as a whole
 * @param column the cell's column, null for the whole line
 */
public record SourceNote(int line, Integer column, String message) {

	/** A note about the whole document. */
	public static SourceNote whole(String message) {
		return new SourceNote(1, null, message);
	}

	public static SourceNote at(int line, String message) {
		return new SourceNote(Math.max(1, line), null, message);
	}
}
