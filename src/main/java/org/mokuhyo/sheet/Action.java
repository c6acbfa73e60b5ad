package org.mokuhyo.sheet;

import java.util.List;
import java.util.UUID;

/**
 * 取組み内容: an action under an item, labelled ①②…; {@code label} is null where the source gives none.
 *
 * @param text     the action's wording without its label and without its [新規]/[拡充] tags
 * @param schedule parsed from the wording, null when it names none
 * @param tags     the source words 新規 / 拡充
 */
public record Action(
		UUID id,
		String label,
		String text,
		List<SubItem> subItems,
		Schedule schedule,
		List<String> tags,
		List<Target> targets) {

	public Action {
		subItems = List.copyOf(subItems);
		tags = List.copyOf(tags);
		targets = List.copyOf(targets);
	}
}
