package org.mokuhyo.web.browse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.portal.GoalFilter;
import org.mokuhyo.portal.ListOrder;
import org.mokuhyo.portal.NodeCoverage;
import org.mokuhyo.portal.PortalQueries;
import org.mokuhyo.web.Crumb;
import org.mokuhyo.web.MunicipalityScope;
import org.mokuhyo.web.MunicipalityScopes;
import org.mokuhyo.web.PageText;
import org.mokuhyo.web.PublicParameters;
import org.mokuhyo.web.PublicRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The 総合計画 for the public: the tree with, for each node, the published goals serving it (its own and those of the
 * nodes under it) and their departments; and each node's page listing those goals, sortable and paged, of every
 * department or of one ({@code department=}, as the dashboard's coverage matrix links them).
 */
@Controller
public class BrowsePlanController {

	private final PortalQueries portal;

	private final MunicipalityScopes scopes;

	private final PageText text;

	BrowsePlanController(PortalQueries portal, MunicipalityScopes scopes, PageText text) {
		this.portal = portal;
		this.scopes = scopes;
		this.text = text;
	}

	@GetMapping("/browse/plan")
	ModelAndView tree(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "year", required = false) String year) {
		MunicipalityScope scope = scopes.resolve(municipality, year);
		BrowseLinks links = new BrowseLinks(scope, "/browse/plan", null);
		ModelAndView page = BrowsePages.page("web/browse/plan", scope, links, portal, text,
				Crumb.here(BrowsePages.withYear(text.get("browse.plan"), scope, text)));
		page.addObject("nodes", tree(scope));
		return page;
	}

	/**
	 * One node: the goals linked to it or under it. A code written another way (５－１－（３）, 5-1-3) is sent to its
	 * canonical address, so each node has one.
	 */
	@GetMapping("/browse/plan/{code}")
	ModelAndView node(@PathVariable("code") String rawCode,
			@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "dir", required = false) String dir,
			@RequestParam(name = "page", required = false) String pageNumber,
			@RequestParam(name = "department", required = false) String rawDepartment) {
		MunicipalityScope scope = scopes.resolve(municipality, year);
		String code = PlanCode.normalize(rawCode).orElseThrow(() -> nodeNotFound(rawCode));
		ListOrder order = PublicParameters.order(sort, dir);
		int number = PublicParameters.page(pageNumber);
		String department = PublicParameters.department(rawDepartment);
		BrowseLinks links = new BrowseLinks(scope, "/browse/plan/" + BrowseLinks.segment(code), order, department);
		if (!code.equals(rawCode)) {
			RedirectView redirect = new RedirectView(links.page(number), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
		List<NodeCoverage> tree = tree(scope);
		Map<String, NodeCoverage> byCode = tree.stream()
			.collect(Collectors.toMap(NodeCoverage::code, Function.identity()));
		NodeCoverage node = byCode.get(code);
		if (node == null) {
			throw nodeNotFound(code);
		}
		List<Crumb> trail = new ArrayList<>();
		trail.add(new Crumb(BrowsePages.withYear(text.get("browse.plan"), scope, text),
				new BrowseLinks(scope, "/browse/plan", null).plan()));
		List<String> ancestors = new ArrayList<>();
		for (String c = PlanCode.parent(code); c != null; c = PlanCode.parent(c)) {
			ancestors.add(c);
		}
		Collections.reverse(ancestors);
		ancestors.forEach(c -> trail.add(new Crumb(c, links.planNode(c))));
		trail.add(Crumb.here(code));
		ModelAndView page = BrowsePages.page("web/browse/plan-node", scope, links, portal, text,
				trail.toArray(Crumb[]::new));
		page.addObject("node", node);
		page.addObject("children", tree.stream().filter(n -> code.equals(n.parentCode())).toList());
		page.addObject("department", department);
		page.addObject("result", BrowsePages.checked(portal.goals(scope.municipalityId(), scope.year(), department,
				new GoalFilter.PlanNode(code), order, number)));
		return page;
	}

	private List<NodeCoverage> tree(MunicipalityScope scope) {
		return scope.municipalityId() < 0 ? List.of() : portal.planTree(scope.municipalityId(), scope.year());
	}

	private static PublicRequestException nodeNotFound(String code) {
		return PublicRequestException.notFound("browse.error.no-node", "browse.error.no-node.message",
				PageText.content(code));
	}
}
