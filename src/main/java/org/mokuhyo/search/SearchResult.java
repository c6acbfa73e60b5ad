package org.mokuhyo.search;

import java.util.List;

/**
 * One page of hits, the facets of all hits, and whether the index was ready (while it is first built after a start
 * it may miss sheets).
 */
public record SearchResult(SearchQuery query, long total, List<SearchHit> hits, List<FacetCount> facets,
		boolean ready) {

	public SearchResult {
		hits = List.copyOf(hits);
		facets = List.copyOf(facets);
	}

	public int pages() {
		return (int) Math.min(SearchQuery.MAX_PAGE, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
	}
}
