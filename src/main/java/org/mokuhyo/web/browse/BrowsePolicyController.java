package org.mokuhyo.web.browse;

import java.text.Normalizer;
import java.util.List;

import org.mokuhyo.portal.GoalFilter;
import org.mokuhyo.portal.ListOrder;
import org.mokuhyo.portal.PolicyCoverage;
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
 * The 基本政策 for the public: the list with the published goals serving each policy and their departments, and each
 * policy's page listing those goals, sortable and paged, of every department or of one ({@code department=}).
 */
@Controller
public class BrowsePolicyController {

	private final PortalQueries portal;

	private final MunicipalityScopes scopes;

	private final PageText text;

	BrowsePolicyController(PortalQueries portal, MunicipalityScopes scopes, PageText text) {
		this.portal = portal;
		this.scopes = scopes;
		this.text = text;
	}

	@GetMapping("/browse/policies")
	ModelAndView list(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "year", required = false) String year) {
		MunicipalityScope scope = scopes.resolve(municipality, year);
		BrowseLinks links = new BrowseLinks(scope, "/browse/policies", null);
		ModelAndView page = BrowsePages.page("web/browse/policies", scope, links, portal, text,
				Crumb.here(BrowsePages.withYear(text.get("browse.policies"), scope, text)));
		page.addObject("policies", policies(scope));
		return page;
	}

	@GetMapping("/browse/policies/{number}")
	ModelAndView policy(@PathVariable("number") String rawNumber,
			@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "dir", required = false) String dir,
			@RequestParam(name = "page", required = false) String pageNumber,
			@RequestParam(name = "department", required = false) String rawDepartment) {
		MunicipalityScope scope = scopes.resolve(municipality, year);
		String department = PublicParameters.department(rawDepartment);
		String digits = Normalizer.normalize(rawNumber, Normalizer.Form.NFKC).strip();
		if (!digits.matches("\\d{1,4}")) {
			throw policyNotFound(rawNumber);
		}
		int number = Integer.parseInt(digits);
		ListOrder order = PublicParameters.order(sort, dir);
		int pageNo = PublicParameters.page(pageNumber);
		PolicyCoverage policy = policies(scope).stream()
			.filter(p -> p.number() == number)
			.findFirst()
			.orElseThrow(() -> policyNotFound(rawNumber));
		BrowseLinks links = new BrowseLinks(scope, "/browse/policies/" + number, order, department);
		ModelAndView page = BrowsePages.page("web/browse/policy", scope, links, portal, text,
				new Crumb(BrowsePages.withYear(text.get("browse.policies"), scope, text), links.policies()),
				Crumb.here(text.get("browse.link.policy", number)));
		page.addObject("policy", policy);
		page.addObject("department", department);
		page.addObject("result", BrowsePages.checked(portal.goals(scope.municipalityId(), scope.year(), department,
				new GoalFilter.Policy(number), order, pageNo)));
		return page;
	}

	private List<PolicyCoverage> policies(MunicipalityScope scope) {
		return scope.municipalityId() < 0 ? List.of() : portal.policies(scope.municipalityId(), scope.year());
	}

	private static PublicRequestException policyNotFound(String number) {
		return PublicRequestException.notFound("browse.error.no-policy", "browse.error.no-policy.message",
				PageText.content(number));
	}
}
