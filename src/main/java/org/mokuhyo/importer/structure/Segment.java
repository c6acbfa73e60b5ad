package org.mokuhyo.importer.structure;

/**
 * A labelled piece of cell content: the unit the structuring works on.
 *
 * @param label    "(1)" for an item, "①" for an action, null for unlabelled text
 * @param listItem true when the source put it in a list entry ({@code <li>}) or behind a bullet
 */
record Segment(Kind kind, String label, String text, int line, int column, boolean listItem) {

	enum Kind {
		/** Labelled (1), 1), (１) …: an item. */
		ITEM,
		/** Labelled ①…⑳: an action or a step. */
		CIRCLED,
		/** No label. */
		PLAIN
	}
}
