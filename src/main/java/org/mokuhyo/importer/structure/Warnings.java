package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.sheet.SheetWarning;

/**
 * Collects positioned warnings: messy input is reported, never thrown.
 */
final class Warnings {

	private final List<SheetWarning> list = new ArrayList<>();

	void add(int line, Integer column, String code, String message, String text) {
		list.add(new SheetWarning(line, column, code, message, text));
	}

	void unplaced(int line, Integer column, String text) {
		add(line, column, "UNPLACED_TEXT", "どの項目にも当てはめられなかった記載です", text);
	}

	List<SheetWarning> list() {
		return List.copyOf(list);
	}
}
