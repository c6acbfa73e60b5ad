package org.mokuhyo.importer.read;

import java.util.List;

/**
 * A cell: its raw source and its content as blocks (paragraphs, list items, loose text).
 *
 * @param column 1-based cell index within the row
 */
public record SourceCell(int line, int column, String raw, List<SourceBlock> blocks) {

	public SourceCell {
		blocks = List.copyOf(blocks);
	}

	public boolean isBlank() {
		return blocks.stream().allMatch(b -> b.text().isBlank());
	}

	public String text() {
		return String.join(" ", blocks.stream().map(SourceBlock::text).filter(t -> !t.isBlank()).toList());
	}
}
