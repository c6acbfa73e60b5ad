package org.mokuhyo.importer.read;

import java.util.List;

/**
 * A block of a cell: a paragraph, a list item, or loose text; its runs keep bold apart (section markers such as
 * 総合計画 are bold in the source).
 */
public record SourceBlock(Kind kind, List<Run> runs, String text) {

	public SourceBlock {
		runs = List.copyOf(runs);
	}

	/** The block with its text: the runs joined, stripped (computed once; the structuring asks for it often). */
	public SourceBlock(Kind kind, List<Run> runs) {
		this(kind, runs, join(runs));
	}

	private static String join(List<Run> runs) {
		if (runs.size() == 1) {
			return runs.get(0).text().strip();
		}
		StringBuilder text = new StringBuilder();
		for (Run run : runs) {
			text.append(run.text());
		}
		return text.toString().strip();
	}

	public enum Kind {
		PARAGRAPH, LIST_ITEM, TEXT
	}

	/** A stretch of text with one emphasis. */
	public record Run(String text, boolean bold) {
	}
}
