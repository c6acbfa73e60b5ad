package org.mokuhyo.web.browse;

import java.util.List;

import org.mokuhyo.portal.GoalFilter;
import org.mokuhyo.portal.ListOrder;
import org.mokuhyo.portal.PortalQueries;
import org.mokuhyo.web.Crumb;
import org.mokuhyo.web.MunicipalityScope;
import org.mokuhyo.web.MunicipalityScopes;
import org.mokuhyo.web.PageText;
import org.mokuhyo.web.PublicParameters;
import org.mokuhyo.web.PublicRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the sheets mark: every 【重点】 goal, and every action (or sub-point) tagged [新規] or [拡充], of one year or of
 * all, across the published sheets, sortable and paged.
 */
@Controller
public class BrowseFlagsController {

	/** The tags the sheets use; any other word names no list. */
	static final List<String> TAGS = List.of("新規", "拡充");

	/** The tags' message keys (browse.tag.new …), in the order of {@link #TAGS}. */
	static final List<String> TAG_KEYS = List.of("new", "expanded");

	private final PortalQueries portal;

	private final MunicipalityScopes scopes;

	private final PageText text;

	BrowseFlagsController(PortalQueries portal, MunicipalityScopes scopes, PageText text) {
		this.portal = portal;
		this.scopes = scopes;
		this.text = text;
	}

	@GetMapping("/browse/priority")
	ModelAndView priority(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "dir", required = false) String dir,
			@RequestParam(name = "page", required = false) String pageNumber) {
		MunicipalityScope scope = scopes.resolve(municipality, year);
		ListOrder order = PublicParameters.order(sort, dir);
		int number = PublicParameters.page(pageNumber);
		BrowseLinks links = new BrowseLinks(scope, "/browse/priority", order);
		ModelAndView page = BrowsePages.page("web/browse/priority", scope, links, portal, text,
				Crumb.here(BrowsePages.withYear(text.get("browse.priority"), scope, text)));
		page.addObject("result", BrowsePages.checked(portal.goals(scope.municipalityId(), scope.year(),
				new GoalFilter.Priority(), order, number)));
		return page;
	}

	@GetMapping("/browse/tags/{tag}")
	ModelAndView tag(@PathVariable("tag") String tag,
			@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "dir", required = false) String dir,
			@RequestParam(name = "page", required = false) String pageNumber) {
		if (!TAGS.contains(tag)) {
			throw PublicRequestException.notFound("browse.error.no-list", "browse.error.no-list.message",
					PageText.content(tag), PageText.content(TAGS.get(0)), PageText.content(TAGS.get(1)));
		}
		MunicipalityScope scope = scopes.resolve(municipality, year);
		ListOrder order = PublicParameters.order(sort, dir);
		int number = PublicParameters.page(pageNumber);
		BrowseLinks links = new BrowseLinks(scope, "/browse/tags/" + BrowseLinks.segment(tag), order);
		String title = text.get("browse.tag.title", new BrowseFormat(text).tag(tag));
		ModelAndView page = BrowsePages.page("web/browse/tag", scope, links, portal, text,
				Crumb.here(BrowsePages.withYear(title, scope, text)));
		page.addObject("tagTitle", title);
		page.addObject("tag", tag);
		page.addObject("result", BrowsePages.checked(portal.actions(scope.municipalityId(), scope.year(), tag,
				order, number)));
		return page;
	}
}
