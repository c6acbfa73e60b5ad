package org.mokuhyo.importer;

/**
 * A problem met while reading, kept as data beside the sheet so an editor can fix it later.
 *
 * @param line   1-based source line (or row) the problem is on
 * @param column 1-based cell (column) in that line, null when the whole line
 * @param code   a stable machine code, e.g. UNPLACED_TEXT
 * @param text   the source text concerned
 */
public record ImportWarning(int line, Integer column, String code, String message, String text) {
}
