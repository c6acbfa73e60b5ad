package org.mokuhyo.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What someone searches for: the words as typed, at most one value per facet, and the page (1 = the first
 * {@link #PAGE_SIZE} hits). Words are all required (AND); "…" quotes a phrase, a leading - excludes a word, | offers
 * alternatives.
 */
public record SearchQuery(String text, Map<FacetDimension, String> filters, int page) {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LENGTH = 200;

	/** Pages beyond this are refused: nobody reads them, and each costs a deeper search. */
	public static final int MAX_PAGE = 500;

	public SearchQuery {
		text = text == null ? "" : text.strip();
		filters = Collections.unmodifiableMap(filters.isEmpty() ? new EnumMap<>(FacetDimension.class)
				: new EnumMap<>(filters));
		if (text.isEmpty()) {
			throw new InvalidSearchException("EMPTY_QUERY", "検索する語を入力してください。");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidSearchException("QUERY_TOO_LONG", "検索する語は" + MAX_LENGTH + "文字以内で入力してください。");
		}
		if (page < 1 || page > MAX_PAGE) {
			throw new InvalidSearchException("INVALID_PAGE", "ページは1から" + MAX_PAGE + "までの数で指定してください。");
		}
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, Map.of(), 1);
	}

	/** The value filtered by in that facet, null when none. */
	public String filter(FacetDimension dimension) {
		return filters.get(dimension);
	}
}
