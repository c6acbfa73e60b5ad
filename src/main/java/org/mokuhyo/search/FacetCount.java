package org.mokuhyo.search;

import java.util.List;

/**
 * The values of one facet among the hits, each with how many hits it has. The counts of a facet ignore its own
 * filter (so another year can be chosen from a search filtered by year) but follow every other one.
 */
public record FacetCount(FacetDimension dimension, List<Value> values) {

	public FacetCount {
		values = List.copyOf(values);
	}

	/**
	 * @param value    as the request parameter gives it (2024, 5-1-(3), 45, ON_TRACK …)
	 * @param label    for people (令和6年度 is the page's; here 5-1-(3) 地域課題の…, 45 新たなコミュニティ…, 順調)
	 * @param selected whether the search is filtered by it
	 */
	public record Value(String value, String label, long count, boolean selected) {
	}
}
