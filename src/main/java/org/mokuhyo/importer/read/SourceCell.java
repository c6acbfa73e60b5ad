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
		this(line, column, raw, blocks, join(blocks));
	}

	private static String join(List<SourceBlock> blocks) {
		if (blocks.size() == 1) {
			return blocks.get(0).text();
		}
		StringBuilder text = new StringBuilder();
		for (SourceBlock block : blocks) {
			if (!block.text().isBlank()) {
				if (!text.isEmpty()) {
					text.append(' ');
				}
				text.append(block.text());
			}
		}
		return text.toString();
	}

	public boolean isBlank() {
		return text.isBlank();
	}
}
