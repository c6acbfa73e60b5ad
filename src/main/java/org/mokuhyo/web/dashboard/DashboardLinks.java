package org.mokuhyo.web.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mokuhyo.web.MunicipalityScope;
import org.mokuhyo.web.browse.BrowseLinks;

/**
 * The addresses the city-wide dashboards link to: themselves for another year, axis or department, and the browse
 * pages of a 総合計画 node or 基本政策 narrowed to the year and a department (a matrix cell's goals). The municipality is
 * named only when the page's own address named it, as the browse pages do.
 */
final class DashboardLinks {

	static final String PLAN = "plan";

	static final String POLICY = "policy";

	private final MunicipalityScope scope;

	private final Integer year;

	/**
	 * @param year the year the page shows (null when there is none to show)
	 */
	DashboardLinks(MunicipalityScope scope, Integer year) {
		this.scope = scope;
		this.year = year;
	}

	/** The coverage dashboard of this year by {@code by} (plan, policy). */
	public String dashboard(String by) {
		Map<String, String> params = scoped();
		putYear(params);
		if (!PLAN.equals(by)) {
			params.put("by", by);
		}
		return url("/dashboard", params);
	}

	/** The coverage dashboard of another year, by 総合計画. */
	public String year(int fiscalYear) {
		Map<String, String> params = scoped();
		params.put("year", Integer.toString(fiscalYear));
		return url("/dashboard", params);
	}

	public String trends() {
		return url("/dashboard/trends", scoped());
	}

	/** The counts over the years of one department's sheets; null: of every department. */
	public String trends(String department) {
		Map<String, String> params = scoped();
		if (department != null) {
			params.put("department", department);
		}
		return url("/dashboard/trends", params);
	}

	/** The browse page of a node (or policy) this year; of one department's goals when {@code department} is given. */
	public String row(String by, String key, String department) {
		Map<String, String> params = scoped();
		putYear(params);
		if (department != null) {
			params.put("department", department);
		}
		String path = PLAN.equals(by) ? "/browse/plan/" + BrowseLinks.segment(key) : "/browse/policies/" + key;
		return url(path, params);
	}

	public String row(String by, String key) {
		return row(by, key, null);
	}

	public String sheetDashboard(UUID sheetId) {
		return "/sheets/" + sheetId + "/dashboard";
	}

	/** For the forms: the municipality to keep (null when the address named none). */
	public String municipalityParam() {
		return scope.explicit() ? scope.municipality() : null;
	}

	private Map<String, String> scoped() {
		Map<String, String> params = new LinkedHashMap<>();
		if (scope.explicit()) {
			params.put("municipality", scope.municipality());
		}
		return params;
	}

	private void putYear(Map<String, String> params) {
		if (year != null) {
			params.put("year", Integer.toString(year));
		}
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
}
