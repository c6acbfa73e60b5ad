package org.mokuhyo.web.dashboard;

import java.util.List;
import java.util.Locale;

import org.mokuhyo.portal.CoverageMatrix;
import org.mokuhyo.portal.DashboardQueries;
import org.mokuhyo.portal.PortalQueries;
import org.mokuhyo.portal.PublicSheet;
import org.mokuhyo.portal.YearTotals;
import org.mokuhyo.web.Crumb;
import org.mokuhyo.web.MunicipalityScope;
import org.mokuhyo.web.MunicipalityScopes;
import org.mokuhyo.web.PageText;
import org.mokuhyo.web.PublicParameters;
import org.mokuhyo.web.PublicRequestException;
import org.mokuhyo.web.browse.BrowseFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The city-wide dashboards, for everyone, of the published sheets only (the read model, as 分野から探す): for a
 * fiscal year, which department serves which 総合計画 施策 and direction (or 基本政策), and each department's counts
 * of goals, 重点, 新規 and 拡充; over the years, the same counts. The municipality is the configured one unless the
 * address names another.
 */
@Controller
class DashboardCityController {

	private final PortalQueries portal;

	private final DashboardQueries dashboards;

	private final MunicipalityScopes scopes;

	private final PageText text;

	DashboardCityController(PortalQueries portal, DashboardQueries dashboards, MunicipalityScopes scopes, PageText text) {
		this.portal = portal;
		this.dashboards = dashboards;
		this.scopes = scopes;
		this.text = text;
	}

	/** Without a year: the newest year with a published sheet. */
	@GetMapping("/dashboard")
	ModelAndView city(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "by", required = false) String by) {
		MunicipalityScope scope = scopes.resolve(municipality, year);
		String axis = axis(by);
		List<Integer> years = scope.municipalityId() < 0 ? List.of() : portal.years(scope.municipalityId());
		Integer shown = scope.year() != null ? scope.year() : years.stream().findFirst().orElse(null);
		List<PublicSheet> sheets = shown == null ? List.of() : portal.sheets(scope.municipalityId(), shown);
		CoverageMatrix matrix = shown == null ? new CoverageMatrix(List.of(), List.of())
				: DashboardLinks.PLAN.equals(axis) ? dashboards.planCoverage(scope.municipalityId(), shown)
						: dashboards.policyCoverage(scope.municipalityId(), shown);
		String yearLabel = shown == null ? null : text.year(shown);
		ModelAndView page = new ModelAndView("web/dashboard/city");
		page.addObject("crumbs", List.of(new Crumb(text.get("nav.list"), "/"), Crumb.here(
				yearLabel == null ? text.get("nav.dashboard") : text.get("browse.with-year", text.get("nav.dashboard"), yearLabel))));
		page.addObject("scope", scope);
		page.addObject("links", new DashboardLinks(scope, shown));
		page.addObject("fmt", new BrowseFormat(text));
		page.addObject("years", years);
		page.addObject("year", shown);
		page.addObject("yearLabel", yearLabel);
		page.addObject("by", axis);
		page.addObject("matrix", matrix);
		page.addObject("sheets", sheets);
		page.addObject("totals", totals(shown, sheets));
		return page;
	}

	/** The counts of every year with a published sheet, of all departments or of one. */
	@GetMapping("/dashboard/trends")
	ModelAndView trends(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "department", required = false) String rawDepartment) {
		MunicipalityScope scope = scopes.resolve(municipality, null);
		String department = PublicParameters.department(rawDepartment);
		List<String> departments = scope.municipalityId() < 0 ? List.of()
				: dashboards.departments(scope.municipalityId());
		if (department != null && !departments.contains(department)) {
			throw PublicRequestException.notFound("dashboard.error.no-department",
					"dashboard.error.no-department.message", PageText.content(department));
		}
		DashboardLinks links = new DashboardLinks(scope, null);
		ModelAndView page = new ModelAndView("web/dashboard/trends");
		page.addObject("crumbs", List.of(new Crumb(text.get("nav.list"), "/"),
				new Crumb(text.get("nav.dashboard"), links.dashboard(DashboardLinks.PLAN)),
				Crumb.here(department == null ? List.of(new PageText.Part(text.get("dashboard.trends"), null))
						: text.mixed("dashboard.trends.of", PageText.content(department)))));
		page.addObject("scope", scope);
		page.addObject("links", links);
		page.addObject("fmt", new BrowseFormat(text));
		page.addObject("department", department);
		page.addObject("departments", departments);
		page.addObject("totals", scope.municipalityId() < 0 ? List.of()
				: dashboards.yearTotals(scope.municipalityId(), department));
		return page;
	}

	private static String axis(String by) {
		if (by == null || by.isBlank()) {
			return DashboardLinks.PLAN;
		}
		String value = by.strip().toLowerCase(Locale.ROOT);
		if (!value.equals(DashboardLinks.PLAN) && !value.equals(DashboardLinks.POLICY)) {
			throw PublicRequestException.badRequest("dashboard.error.axis");
		}
		return value;
	}

	/** The year's counts over its sheets, for the table's total row. */
	private static YearTotals totals(Integer year, List<PublicSheet> sheets) {
		return new YearTotals(year == null ? 0 : year, sheets.size(),
				sheets.stream().mapToInt(PublicSheet::annualGoals).sum(),
				sheets.stream().mapToInt(PublicSheet::priorityGoals).sum(),
				sheets.stream().mapToInt(PublicSheet::midTermGoals).sum(),
				sheets.stream().mapToInt(PublicSheet::newActions).sum(),
				sheets.stream().mapToInt(PublicSheet::expandedActions).sum());
	}
}
