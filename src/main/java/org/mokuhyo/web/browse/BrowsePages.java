package org.mokuhyo.web.browse;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.portal.PortalQueries;
import org.mokuhyo.portal.ResultPage;
import org.mokuhyo.web.Crumb;
import org.mokuhyo.web.MunicipalityScope;
import org.mokuhyo.web.PageText;
import org.mokuhyo.web.PublicRequestException;
import org.springframework.web.servlet.ModelAndView;

/** What every browse page shows around its content: breadcrumbs, the year chooser, the municipality. */
final class BrowsePages {

	private BrowsePages() {
	}

	/** @param trail the breadcrumbs after シート一覧 and 分野から探す, the page itself last */
	static ModelAndView page(String view, MunicipalityScope scope, BrowseLinks links, PortalQueries portal, PageText text,
			Crumb... trail) {
		ModelAndView page = new ModelAndView(view);
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(new Crumb(text.get("nav.list"), "/"));
		if (trail.length > 0) {
			crumbs.add(new Crumb(text.get("nav.browse"), links.index()));
		}
		crumbs.addAll(List.of(trail));
		page.addObject("crumbs", crumbs);
		page.addObject("scope", scope);
		page.addObject("links", links);
		page.addObject("fmt", new BrowseFormat(text));
		page.addObject("years", scope.municipalityId() < 0 ? List.of() : portal.years(scope.municipalityId()));
		page.addObject("yearLabel", scope.year() == null ? text.get("browse.all-years") : text.year(scope.year()));
		return page;
	}

	/** The list's page, or a 400 when the page number lies past its end. */
	static <T> ResultPage<T> checked(ResultPage<T> result) {
		if (result.outOfRange()) {
			throw PublicRequestException.badRequest("browse.error.page-range", result.lastPage(), result.total());
		}
		return result;
	}

	/** A crumb for a list page, named with the year when one is chosen. */
	static String withYear(String label, MunicipalityScope scope, PageText text) {
		return scope.year() == null ? label : text.get("browse.with-year", label, text.year(scope.year()));
	}
}
