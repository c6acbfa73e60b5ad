package org.mokuhyo.web.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A municipality's short public addresses, to print in a city's newsletter or link from its site:
 * {@code /m/272035} (the 全国地方公共団体コード, or the name) and {@code /m/272035/browse}, {@code …/search},
 * {@code …/compare-years}, {@code …/dashboard}, {@code …/open-data}. Each redirects to the public page with the
 * municipality chosen ({@code ?municipality=} with the code), where the navigation keeps it; the query is carried
 * along. An unknown municipality or page is a 404.
 */
@Controller
class MunicipalityAddressController {

	private static final Set<String> PAGES = Set.of("browse", "search", "compare-years", "dashboard", "open-data");

	private final Organizations organizations;

	MunicipalityAddressController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/m/{municipality}")
	ModelAndView home(@PathVariable("municipality") String municipality, HttpServletRequest request) {
		return redirect(municipality, "", request);
	}

	@GetMapping("/m/{municipality}/{page}")
	ModelAndView page(@PathVariable("municipality") String municipality, @PathVariable("page") String page,
			HttpServletRequest request) {
		if (!PAGES.contains(page)) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		return redirect(municipality, page, request);
	}

	private ModelAndView redirect(String named, String page, HttpServletRequest request) {
		MunicipalityRef found = organizations.findMunicipalityByCodeOrName(named).orElse(null);
		if (found == null) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		String chosen = found.code() != null ? found.code() : found.name();
		StringBuilder target = new StringBuilder("redirect:/").append(page)
			.append("?municipality=")
			.append(URLEncoder.encode(chosen, StandardCharsets.UTF_8));
		String query = request.getQueryString();
		if (query != null && !query.isBlank()) {
			// the address's own municipality wins over one in the query
			for (String part : query.split("&")) {
				if (!part.isEmpty() && !part.startsWith("municipality=")) {
					target.append('&').append(part);
				}
			}
		}
		return new ModelAndView(target.toString());
	}
}
