package org.mokuhyo.importer.structure;

/**
 * What building an annual or a mid-term goal shares: its number, the source line of its row, where its warnings go,
 * and the reader of its 総合計画 / 基本政策 links.
 */
abstract class GoalAssembler {

	protected final int number;

	protected final int line;

	protected final Warnings warnings;

	private final LinkCollector links;

	GoalAssembler(int number, int line, Warnings warnings) {
		this.number = number;
		this.line = line;
		this.warnings = warnings;
		this.links = new LinkCollector(warnings);
	}

	int number() {
		return number;
	}

	LinkCollector links() {
		return links;
	}
}
