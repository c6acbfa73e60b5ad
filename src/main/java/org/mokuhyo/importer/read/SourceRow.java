package org.mokuhyo.importer.read;

import java.util.List;

/**
 * One source line (text format) or sheet row (spreadsheet), with its cells.
 */
public record SourceRow(int line, RowKind kind, List<SourceCell> cells, List<SourceCell> filledCells) {

	public SourceRow {
		cells = List.copyOf(cells);
		filledCells = List.copyOf(filledCells);
	}

	/** The row with its filled cells: those holding some text, in order (computed once). */
	public SourceRow(int line, RowKind kind, List<SourceCell> cells) {
		this(line, kind, cells, cells.stream().filter(c -> !c.isBlank()).toList());
	}

	public String text() {
		return String.join(" ", filledCells().stream().map(SourceCell::text).toList());
	}

	public boolean isBlank() {
		return filledCells.isEmpty();
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
