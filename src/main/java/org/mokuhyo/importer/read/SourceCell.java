package org.mokuhyo.importer.read;

import java.util.List;

/**
 * A cell: its raw source and its content as blocks (paragraphs, list items, loose text).
 *
 * @param column 1-based cell index within the row
 */
public record SourceCell(int line, int column, String raw, List<SourceBlock> blocks, String text) {

	public SourceCell {
		blocks = List.copyOf(blocks);
	}

	/** The cell with its text: the blocks' texts joined by spaces (computed once). */
	public SourceCell(int line, int column, String raw, List<SourceBlock> blocks) {
		this(line, column, raw, blocks,
				String.join(" ", blocks.stream().map(SourceBlock::text).filter(t -> !t.isBlank()).toList()));
	}

	public boolean isBlank() {
		return text.isBlank();
	}
}
