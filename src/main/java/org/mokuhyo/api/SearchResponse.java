package org.mokuhyo.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mokuhyo.kernel.Era;
import org.mokuhyo.search.FacetCount;
import org.mokuhyo.search.SearchHit;
import org.mokuhyo.search.SearchResult;

/**
 * The hits of {@code GET /api/v1/search}: one page of them (20), how many there are in all, and the facets' values
 * with their counts (keyed by the request parameter that filters by them).
 */
record SearchResponse(String query, long total, int page, int pageSize, int pages, boolean indexReady,
		List<Item> items, Map<String, List<FacetValue>> facets) {

	/**
	 * One hit.
	 *
	 * @param kind       ANNUAL_GOAL, MID_TERM_GOAL or SHEET (the sheet's 使命・方針: no goal number)
	 * @param field      where the words were found: TITLE, ITEM, ACTION, SUB_ITEM, TARGET, REVIEW_RESULTS …
	 * @param snippet    the matched text, cut to about 120 characters
	 * @param highlights the searched words in {@code snippet} as [start, end) offsets (UTF-16)
	 * @param url        the sheet page at the goal
	 */
	record Item(UUID sheetId, String municipality, String department, int fiscalYear, String fiscalYearLabel,
			String kind, Integer goalNumber, String goalTitle, boolean priority, String field, String fieldLabel,
			String snippet, List<int[]> highlights, String url, String sheetUrl) {
	}

	record FacetValue(String value, String label, long count, boolean selected) {
	}

	static SearchResponse of(SearchResult result) {
		List<Item> items = result.hits().stream().map(SearchResponse::item).toList();
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (FacetCount facet : result.facets()) {
			facets.put(facet.dimension().parameter(), facet.values()
				.stream()
				.map(v -> new FacetValue(v.value(), v.label(), v.count(), v.selected()))
				.toList());
		}
		return new SearchResponse(result.query().text(), result.total(), result.query().page(),
				org.mokuhyo.search.SearchQuery.PAGE_SIZE, result.pages(), result.ready(), items, facets);
	}

	private static Item item(SearchHit hit) {
		return new Item(hit.sheetId(), hit.municipality(), hit.department(), hit.fiscalYear(),
				Era.fiscalYearLabel(hit.fiscalYear()), hit.kind().name(), hit.goalNumber(), hit.goalTitle(),
				hit.priority(), hit.field().name(), hit.field().label(), hit.snippet().text(),
				hit.snippet().highlights(), "/sheets/" + hit.sheetId() + "#" + hit.anchor(),
				"/api/v1/sheets/" + hit.sheetId());
	}
}
