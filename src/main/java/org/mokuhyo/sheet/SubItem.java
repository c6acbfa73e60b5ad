package org.mokuhyo.sheet;

import java.util.List;

/**
 * A sub-point of an action (a list entry under it in the source).
 */
public record SubItem(String text, List<String> tags, List<Target> targets, Schedule schedule) {

	public SubItem {
		tags = List.copyOf(tags);
		targets = List.copyOf(targets);
	}
}
