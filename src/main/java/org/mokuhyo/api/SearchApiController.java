package org.mokuhyo.api;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;

import org.mokuhyo.search.FacetDimension;
import org.mokuhyo.search.InvalidSearchException;
import org.mokuhyo.search.SearchIndex;
import org.mokuhyo.search.SearchQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "検索", description = "公表済みのシートの全文検索")
class SearchApiController {

	private final SearchIndex index;

	SearchApiController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/api/v1/search")
	@Operation(operationId = "search", summary = "全文検索（公表済みのシート）",
			description = "検索ページと同じ語の書き方（空白で区切った語はすべて、\"…\" で語句、先頭の - で除外）と絞り込み。20件ずつ。",
			parameters = { @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "検索語（例: 詐欺）", schema = @Schema(type = "string")),
					@Parameter(name = "year", in = ParameterIn.QUERY, description = "年度（例: 2024）", schema = @Schema(type = "integer")),
					@Parameter(name = "department", in = ParameterIn.QUERY, description = "部局名", schema = @Schema(type = "string")),
					@Parameter(name = "plan", in = ParameterIn.QUERY, description = "総合計画の項目コード（下位を含む）", schema = @Schema(type = "string")),
					@Parameter(name = "policy", in = ParameterIn.QUERY, description = "基本政策の番号", schema = @Schema(type = "integer")),
					@Parameter(name = "tag", in = ParameterIn.QUERY, description = "新規 または 拡充", schema = @Schema(type = "string")),
					@Parameter(name = "priority", in = ParameterIn.QUERY, description = "重点", schema = @Schema(type = "string")),
					@Parameter(name = "progress", in = ParameterIn.QUERY, description = "進捗状況", schema = @Schema(type = "string")),
					@Parameter(name = "municipality", in = ParameterIn.QUERY, description = "自治体名", schema = @Schema(type = "string")),
					@Parameter(name = "page", in = ParameterIn.QUERY, description = "ページ（1から）", schema = @Schema(type = "integer")) })
	SearchResponse search(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
		Map<FacetDimension, String> filters = new EnumMap<>(FacetDimension.class);
		for (FacetDimension dimension : FacetDimension.values()) {
			String value = parameters.get(dimension.parameter());
			if (value != null && !value.isBlank()) {
				filters.put(dimension, value.strip());
			}
		}
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
