package org.mokuhyo.sheet;

/**
 * A problem met while reading a sheet, kept as data beside it so an editor can fix it later.
 *
 * @param line   1-based source line (or row) the problem is on
 * @param column 1-based cell (column) in that line, null when the whole line
 * @param code   a stable machine code, e.g. UNPLACED_TEXT
 * @param text   the source text concerned
 */
public record SheetWarning(int line, Integer column, String code, String message, String text) {
}
