package org.mokuhyo.api;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;

import org.mokuhyo.search.FacetDimension;
import org.mokuhyo.search.InvalidSearchException;
import org.mokuhyo.search.SearchIndex;
import org.mokuhyo.search.SearchQuery;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=詐欺&year=2024&department=…&page=1}: full-text search of the published sheets, as on
 * the search page (the same words syntax and facets: year, department, plan, policy, tag, priority, progress,
 * municipality). Public: the index holds nothing unpublished. No words, a page or a facet value of the wrong form:
 * 400 with the search's code (EMPTY_QUERY, QUERY_TOO_LONG, INVALID_PAGE, INVALID_PARAMETER).
 */
@RestController
class SearchApiController {

	private final SearchIndex index;

	private final Organizations organizations;

	SearchApiController(SearchIndex index, Organizations organizations) {
		this.index = index;
		this.organizations = organizations;
	}

	@GetMapping("/api/v1/search")
	SearchResponse search(@RequestParam Map<String, String> parameters) {
		Map<FacetDimension, String> filters = new EnumMap<>(FacetDimension.class);
		for (FacetDimension dimension : FacetDimension.values()) {
			String value = parameters.get(dimension.parameter());
			if (value != null && !value.isBlank()) {
				filters.put(dimension, value.strip());
			}
		}
		// a municipality by its 全国地方公共団体コード or its name (the index keeps names)
		filters.computeIfPresent(FacetDimension.MUNICIPALITY, (dimension, value) -> organizations
			.findMunicipalityByCodeOrName(value)
			.map(MunicipalityRef::name)
			.orElse(value));
		return SearchResponse.of(index.search(new SearchQuery(parameters.get("q"), filters, page(parameters.get("page")))));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> invalid(InvalidSearchException ex) {
		return ApiExceptionHandler.error(HttpStatus.BAD_REQUEST, ex.code(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unavailable(IllegalStateException ex) {
		return ApiExceptionHandler.error(HttpStatus.SERVICE_UNAVAILABLE, "SEARCH_UNAVAILABLE", "検索は現在利用できません");
	}

	private static int page(String text) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		String digits = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
		if (!digits.matches("\\d{1,6}")) {
			throw new InvalidSearchException("INVALID_PAGE", "パラメータ page の値が正しくありません");
		}
		return Integer.parseInt(digits);
	}
}
