package org.mokuhyo.web.browse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mokuhyo.portal.PortalQueries;
import org.mokuhyo.portal.PublicSheet;
import org.mokuhyo.web.MunicipalityScope;
import org.mokuhyo.web.MunicipalityScopes;
import org.mokuhyo.web.PageText;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 分野から探す, the public's entry to browsing: the published sheets by fiscal year and department with their counts
 * (goals, 重点, 中期目標, 新規, 拡充), and the ways to browse across them. Published versions only, for everyone.
 */
@Controller
public class BrowseIndexController {

	private final PortalQueries portal;

	private final MunicipalityScopes scopes;

	private final PageText text;

	BrowseIndexController(PortalQueries portal, MunicipalityScopes scopes, PageText text) {
		this.portal = portal;
		this.scopes = scopes;
		this.text = text;
	}

	@GetMapping("/browse")
	ModelAndView index(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "year", required = false) String year) {
		MunicipalityScope scope = scopes.resolve(municipality, year);
		BrowseLinks links = new BrowseLinks(scope, "/browse", null);
		ModelAndView page = BrowsePages.page("web/browse/index", scope, links, portal, text);
		List<PublicSheet> all = scope.municipalityId() < 0 ? List.of() : portal.sheets(scope.municipalityId(), null);
		page.addObject("summary", sections(all, text));
		page.addObject("sections", sections(scope.year() == null ? all
				: all.stream().filter(s -> s.fiscalYear() == scope.year()).toList(), text));
		page.addObject("otherMunicipalities",
				portal.municipalities().stream().filter(m -> !m.equals(scope.municipality())).toList());
		return page;
	}

	/** The sheets by year, newest first (as listed), each year with its totals. */
	static List<YearSection> sections(List<PublicSheet> sheets, PageText text) {
		Map<Integer, List<PublicSheet>> byYear = new LinkedHashMap<>();
		sheets.forEach(s -> byYear.computeIfAbsent(s.fiscalYear(), y -> new ArrayList<>()).add(s));
		return byYear.entrySet().stream().map(e -> {
			List<PublicSheet> list = e.getValue();
			return new YearSection(e.getKey(), text.year(e.getKey()), List.copyOf(list),
					list.stream().mapToInt(PublicSheet::annualGoals).sum(),
					list.stream().mapToInt(PublicSheet::priorityGoals).sum(),
					list.stream().mapToInt(PublicSheet::midTermGoals).sum(),
					list.stream().mapToInt(PublicSheet::newActions).sum(),
					list.stream().mapToInt(PublicSheet::expandedActions).sum());
		}).toList();
	}

	/** One fiscal year's published sheets and their totals. */
	record YearSection(int fiscalYear, String label, List<PublicSheet> sheets, int annualGoals, int priorityGoals,
			int midTermGoals, int newActions, int expandedActions) {
	}
}
