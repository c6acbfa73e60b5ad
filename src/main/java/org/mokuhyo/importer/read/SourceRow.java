package org.mokuhyo.importer.read;

import java.util.List;

/**
 * One source line (text format) or sheet row (spreadsheet), with its cells.
 */
public record SourceRow(int line, RowKind kind, List<SourceCell> cells) {

	public SourceRow {
		cells = List.copyOf(cells);
	}

	/** The cells holding some text, in order. */
	public List<SourceCell> filledCells() {
		return cells.stream().filter(c -> !c.isBlank()).toList();
	}

	public String text() {
		return String.join(" ", filledCells().stream().map(SourceCell::text).toList());
	}

	public boolean isBlank() {
		return cells.stream().allMatch(SourceCell::isBlank);
	}

	public enum RowKind {
		/** A heading line (markdown {@code #}). */
		HEADING,
		/** A line of running text outside any table. */
		TEXT,
		/** A table row. */
		TABLE
	}
}
