package org.mokuhyo.api;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mokuhyo.portal.ResultPage;

/**
 * The one envelope of every paged list: this page's items, where it is, and how many there are in all. The same
 * pages are linked from the {@code Link} header (first, prev, next, last).
 *
 * @param page       1-based
 * @param size       rows a page (the {@code size} asked for, or the default)
 * @param totalPages at least 1; a {@code page} past it gives no items
 */
@Schema(description = "A page of a list: items, page (1-based), size, total, totalPages; the Link header links the others")
record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages) {

	static <R, T> PageResponse<T> of(ResultPage<R> rows, Function<R, T> map) {
		return new PageResponse<>(rows.items().stream().map(map).toList(), rows.page(), rows.pageSize(), rows.total(),
				rows.lastPage());
	}

	/** A page cut from a list held whole (short lists: a municipality's sheets as staff see them). */
	static <T> PageResponse<T> slice(List<T> all, Paging paging) {
		int from = Math.min(all.size(), (paging.page() - 1) * paging.size());
		int to = Math.min(all.size(), from + paging.size());
		return new PageResponse<>(all.subList(from, to), paging.page(), paging.size(), all.size(),
				Math.max(1, (all.size() + paging.size() - 1) / paging.size()));
	}
}
