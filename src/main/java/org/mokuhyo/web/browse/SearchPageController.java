package org.mokuhyo.web.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mokuhyo.account.Access;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.search.FacetCount;
import org.mokuhyo.search.FacetDimension;
import org.mokuhyo.search.InvalidSearchException;
import org.mokuhyo.search.SearchHit;
import org.mokuhyo.search.SearchIndex;
import org.mokuhyo.search.SearchQuery;
import org.mokuhyo.search.SearchResult;
import org.mokuhyo.web.PageText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 検索 ({@code /search?q=詐欺&year=2024&department=…&page=2}): the published sheets' goals that hold the words, 20 a
 * page, with the matched part marked, and facets as links with counts (a link adds its value, or takes off the one
 * chosen). Public, like the published sheets: the index holds nothing else. The same page answers htmx's requests
 * as one types (it takes the results part of it); without JavaScript the form's button does the same.
 */
@Controller
class SearchPageController {

	private static final int PAGE_WINDOW = 4;

	private final SearchIndex index;

	private final PageText text;

	/** {@code municipality=*}: every municipality, for staff, whose search is otherwise their own municipality's. */
	static final String EVERY_MUNICIPALITY = "*";

	private final Access access;

	private final Organizations organizations;

	SearchPageController(SearchIndex index, PageText text, Access access, Organizations organizations) {
		this.index = index;
		this.text = text;
		this.access = access;
		this.organizations = organizations;
	}

	@GetMapping("/search")
	ModelAndView search(@RequestParam Map<String, String> parameters) {
		String words = parameters.getOrDefault("q", "").strip();
		Map<FacetDimension, String> filters = new EnumMap<>(FacetDimension.class);
		for (FacetDimension dimension : FacetDimension.values()) {
			String value = parameters.get(dimension.parameter());
			if (value != null && !value.isBlank()) {
				filters.put(dimension, dimension == FacetDimension.YEAR || dimension == FacetDimension.POLICY
						? Normalizer.normalize(value.strip(), Normalizer.Form.NFKC) : value.strip());
			}
		}
		// the municipality by code or name; staff search their own unless they ask for every one ("*")
		String municipality = filters.get(FacetDimension.MUNICIPALITY);
		if (municipality == null) {
			String own = access.municipalityName(access.signedIn());
			if (own != null) {
				filters.put(FacetDimension.MUNICIPALITY, own);
			}
		}
		else if (!EVERY_MUNICIPALITY.equals(municipality)) {
			filters.put(FacetDimension.MUNICIPALITY, organizations.findMunicipalityByCodeOrName(municipality)
				.map(MunicipalityRef::name)
				.orElse(municipality));
		}
		ModelAndView page = new ModelAndView("web/browse/search");
		page.addObject("q", words);
		page.addObject("filters", filters);
		page.addObject("result", null);
		page.addObject("pageTitle", (words.isEmpty() ? text.get("search.heading") : text.get("search.results-for", words))
				+ " " + text.get("site.title-suffix"));
		if (words.isEmpty()) {
			return page; // the form alone
		}
		try {
			Map<FacetDimension, String> applied = new EnumMap<>(filters);
			applied.remove(FacetDimension.MUNICIPALITY, EVERY_MUNICIPALITY);
			SearchResult result = index.search(new SearchQuery(words, applied, pageNumber(parameters.get("page"))));
			page.addObject("result", result);
			page.addObject("hits", result.hits().stream().map(this::hit).toList());
			int before = (result.query().page() - 1) * SearchQuery.PAGE_SIZE;
			page.addObject("shownFrom", before + 1);
			page.addObject("shownTo", before + result.hits().size());
			boolean staff = access.signedIn() != null;
			page.addObject("facets", result.facets().stream()
				.filter(facet -> !facet.values().isEmpty())
				.filter(facet -> facet.dimension() != FacetDimension.MUNICIPALITY || facet.values().size() > 1)
				.map(facet -> facet(facet, words, filters, text, staff))
				.toList());
			page.addObject("pageLinks", pageLinks(result, words, filters));
			page.addObject("clearFilters", filters.isEmpty() ? null : url(words, Map.of(), 1));
		}
		catch (InvalidSearchException ex) {
			page.addObject("searchError", text.english() ? text.get("search.error." + ex.code(), SearchQuery.MAX_LENGTH,
					SearchQuery.MAX_PAGE) : ex.getMessage());
			page.setStatus(HttpStatus.BAD_REQUEST);
		}
		catch (IllegalStateException ex) {
			page.addObject("searchError", text.get("search.error.unavailable"));
			page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		}
		return page;
	}

	private static int pageNumber(String text) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		String digits = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
		if (!digits.matches("\\d{1,6}")) {
			throw new InvalidSearchException("INVALID_PAGE", "ページは数字で指定してください。");
		}
		return Integer.parseInt(digits);
	}

	/** A hit as the page shows it: where it links, its year as the pages write years. */
	record HitView(SearchHit hit, String href, String yearLabel) {
	}

	/** A facet with a link per value. */
	record FacetView(FacetDimension dimension, List<ValueView> values) {
	}

	/**
	 * @param label in the page's language; the index's own (Japanese) label for the sheets' words
	 * @param lang  {@code ja} for the sheets' words (departments, plan and policy wording) on an English page
	 */
	record ValueView(FacetCount.Value value, String href, String label, String lang) {
	}

	record PageLink(int number, String href, boolean current) {
	}

	private HitView hit(SearchHit hit) {
		return new HitView(hit, "/sheets/" + hit.sheetId() + "#" + hit.anchor(), text.year(hit.fiscalYear()));
	}

	private static FacetView facet(FacetCount facet, String words, Map<FacetDimension, String> filters,
			PageText text, boolean staff) {
		List<ValueView> values = facet.values().stream().map(value -> {
			Map<FacetDimension, String> next = new EnumMap<>(FacetDimension.class);
			next.putAll(filters);
			if (value.selected() && staff && facet.dimension() == FacetDimension.MUNICIPALITY) {
				next.put(facet.dimension(), EVERY_MUNICIPALITY); // without it, staff would get their own again
			}
			else if (value.selected()) {
				next.remove(facet.dimension());
			}
			else {
				next.put(facet.dimension(), value.value());
			}
			return new ValueView(value, url(words, next, 1), label(facet.dimension(), value, text),
					sheetWords(facet.dimension()) ? text.english() ? "ja" : null : null);
		}).toList();
		return new FacetView(facet.dimension(), values);
	}

	/**
	 * A value's label in the page's language: years, 重点 and progress statuses are the site's words; departments,
	 * plan and policy wording, municipalities are the sheets' (as the index labels them).
	 */
	private static String label(FacetDimension dimension, FacetCount.Value value, PageText text) {
		if (!text.english()) {
			return value.label();
		}
		return switch (dimension) {
			case YEAR -> value.value().matches("\\d{4}") ? text.year(Integer.parseInt(value.value())) : value.label();
			case PRIORITY -> text.get("browse.priority");
			case PROGRESS -> {
				ProgressStatus status = ProgressStatus.parse(value.value());
				yield text.get("progress.status." + (status == null ? "UNREPORTED" : status.name()));
			}
			case TAG -> new BrowseFormat(text).tag(value.value());
			default -> value.label();
		};
	}

	private static boolean sheetWords(FacetDimension dimension) {
		return dimension == FacetDimension.DEPARTMENT || dimension == FacetDimension.PLAN
				|| dimension == FacetDimension.POLICY || dimension == FacetDimension.MUNICIPALITY;
	}

	/** The first and last pages and those within {@link #PAGE_WINDOW} of the current one. */
	private static List<PageLink> pageLinks(SearchResult result, String words, Map<FacetDimension, String> filters) {
		List<PageLink> links = new ArrayList<>();
		int current = result.query().page();
		for (int n = 1; n <= result.pages(); n++) {
			if (n == 1 || n == result.pages() || Math.abs(n - current) <= PAGE_WINDOW) {
				links.add(new PageLink(n, url(words, filters, n), n == current));
			}
		}
		return links;
	}

	/** /search?q=…&year=…&page=…, percent-encoded as UTF-8, facets in a fixed order so the same search has one URL. */
	static String url(String words, Map<FacetDimension, String> filters, int page) {
		StringBuilder url = new StringBuilder("/search?q=").append(URLEncoder.encode(words, StandardCharsets.UTF_8));
		for (FacetDimension dimension : FacetDimension.values()) {
			if (filters.containsKey(dimension)) {
				url.append('&').append(dimension.parameter()).append('=')
					.append(URLEncoder.encode(filters.get(dimension), StandardCharsets.UTF_8));
			}
		}
		if (page > 1) {
			url.append("&page=").append(page);
		}
		return url.toString();
	}
}
