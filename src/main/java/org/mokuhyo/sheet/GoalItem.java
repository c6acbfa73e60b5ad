package org.mokuhyo.sheet;

import java.util.List;
import java.util.UUID;

/**
 * 取組み事項: an item of an annual goal, labelled (1), (2)…, with its actions.
 */
public record GoalItem(UUID id, String label, String text, List<Action> actions) {

	public GoalItem {
		actions = List.copyOf(actions);
	}
}
