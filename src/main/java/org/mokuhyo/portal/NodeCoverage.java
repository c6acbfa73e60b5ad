package org.mokuhyo.portal;

import java.util.List;

/**
 * A 総合計画 node with what serves it in the published sheets: the goals linked to it or to a node under it.
 *
 * @param text        its wording (the municipality's list, else a published link's), null when none is known
 * @param depth       0 for 5, 1 for 5-1, 2 for 5-1-(3)
 * @param goals       annual and mid-term goals, each counted once
 * @param departments the departments of those goals, by name
 */
public record NodeCoverage(String code, String text, String parentCode, int depth, int goals,
		List<String> departments) {

	public NodeCoverage {
		departments = List.copyOf(departments);
	}
}
