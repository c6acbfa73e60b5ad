package org.mokuhyo.web.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mokuhyo.portal.ListOrder;
import org.mokuhyo.web.MunicipalityScope;
import org.mokuhyo.web.PublicParameters;
import org.springframework.web.util.UriUtils;

/**
 * The addresses of the browse pages as one page links to them: each names the municipality when the page's own
 * address did, and keeps the chosen year; the page's own list keeps its sort when paging. Parameters at their
 * defaults are left out, so every view has one short, shareable address.
 */
public final class BrowseLinks {

	private final MunicipalityScope scope;

	private final String path;

	private final ListOrder order;

	private final String department;

	/**
	 * @param path  the page's own path (already encoded)
	 * @param order the page's sort, null for a page without a sortable list
	 */
	BrowseLinks(MunicipalityScope scope, String path, ListOrder order) {
		this(scope, path, order, null);
	}

	/** @param department the department the page's own list is narrowed to, kept when paging and sorting; null: all */
	BrowseLinks(MunicipalityScope scope, String path, ListOrder order, String department) {
		this.scope = scope;
		this.path = path;
		this.order = order;
		this.department = department;
	}

	/** The page's own path, for its year form (the form's fields carry the parameters). */
	public String path() {
		return path;
	}

	public String index() {
		return url("/browse", scoped(scope.year()));
	}

	/** The index narrowed to one year. */
	public String index(int year) {
		return url("/browse", scoped(year));
	}

	public String plan() {
		return url("/browse/plan", scoped(scope.year()));
	}

	public String planNode(String code) {
		return url("/browse/plan/" + segment(code), scoped(scope.year()));
	}

	public String policies() {
		return url("/browse/policies", scoped(scope.year()));
	}

	public String policy(int number) {
		return url("/browse/policies/" + number, scoped(scope.year()));
	}

	public String priority() {
		return url("/browse/priority", scoped(scope.year()));
	}

	public String tag(String tag) {
		return url("/browse/tags/" + segment(tag), scoped(scope.year()));
	}

	/** The sheet page, at the goal's table when {@code anchor} is given. */
	public String sheet(UUID sheetId, String anchor) {
		return "/sheets/" + sheetId + (anchor == null ? "" : "#" + anchor);
	}

	/** This list at another page, same year, department and sort. */
	public String page(int page) {
		Map<String, String> params = scoped(scope.year());
		putDepartment(params);
		params.putAll(sortParams(order));
		if (page > 1) {
			params.put("page", Integer.toString(page));
		}
		return url(path, params);
	}

	/** This list sorted by {@code field} (year, department, number): the other way round when it already is. */
	public String sort(String field) {
		ListOrder.Field f = ListOrder.Field.valueOf(field.toUpperCase(java.util.Locale.ROOT));
		boolean descending = order != null && order.field() == f ? !order.descending()
				: PublicParameters.defaultDescending(f);
		Map<String, String> params = scoped(scope.year());
		putDepartment(params);
		params.putAll(sortParams(new ListOrder(f, descending)));
		return url(path, params);
	}

	/** This list of every department, same year and sort. */
	public String allDepartments() {
		Map<String, String> params = scoped(scope.year());
		params.putAll(sortParams(order));
		return url(path, params);
	}

	/** For the year form: the department to keep (null when the list is not narrowed to one). */
	public String departmentParam() {
		return department;
	}

	/** The value of {@code aria-sort} for the column of {@code field}: null unless the list is sorted by it. */
	public String ariaSort(String field) {
		if (order == null || !order.field().name().equalsIgnoreCase(field)) {
			return null;
		}
		return order.descending() ? "descending" : "ascending";
	}

	/** The message of what a sort link will do, for screen readers and as a tooltip: browse.sort.descending … */
	public String sortHint(String field) {
		String current = ariaSort(field);
		return "ascending".equals(current) ? "browse.sort.descending"
				: "descending".equals(current) ? "browse.sort.ascending" : "browse.sort.by";
	}

	/** For the year form: the sort to keep as hidden fields (null when at its default). */
	public String sortParam() {
		return sortParams(order).get("sort");
	}

	public String dirParam() {
		return sortParams(order).get("dir");
	}

	/** For the year form: the municipality to keep (null when the address named none). */
	public String municipalityParam() {
		return scope.explicit() ? scope.municipality() : null;
	}

	private Map<String, String> scoped(Integer year) {
		Map<String, String> params = new LinkedHashMap<>();
		if (scope.explicit()) {
			params.put("municipality", scope.municipality());
		}
		if (year != null) {
			params.put("year", Integer.toString(year));
		}
		return params;
	}

	private void putDepartment(Map<String, String> params) {
		if (department != null) {
			params.put("department", department);
		}
	}

	private static Map<String, String> sortParams(ListOrder order) {
		Map<String, String> params = new LinkedHashMap<>();
		if (order != null && !order.equals(ListOrder.DEFAULT)) {
			params.put("sort", PublicParameters.name(order.field()));
			if (order.descending() != PublicParameters.defaultDescending(order.field())) {
				params.put("dir", order.descending() ? "desc" : "asc");
			}
		}
		return params;
	}

	private static String url(String path, Map<String, String> params) {
		if (params.isEmpty()) {
			return path;
		}
		return path + "?" + params.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	public static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}
}
