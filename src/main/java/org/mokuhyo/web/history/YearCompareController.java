package org.mokuhyo.web.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mokuhyo.account.Access;
import org.mokuhyo.history.Difference;
import org.mokuhyo.history.GoalComparison;
import org.mokuhyo.history.YearComparison;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.web.Crumb;
import org.mokuhyo.web.MunicipalityScope;
import org.mokuhyo.web.MunicipalityScopes;
import org.mokuhyo.web.PageText;
import org.mokuhyo.web.PublicParameters;
import org.mokuhyo.web.PublicRequestException;
import org.mokuhyo.web.sheet.HomeController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 経年比較: a department's sheets of two fiscal years side by side, goals paired by content
 * ({@link YearComparison}). A plain GET form chooses the department and the two years (by default the two latest);
 * everyone reads published versions only; staff may tick {@code current=true} to compare the current versions,
 * drafts included, which the public never sees (for the public the parameter changes nothing). A malformed parameter
 * is a 400 and a year without a sheet a 404, each on this page with the form and the reason.
 */
@Controller
class YearCompareController {

	static final String PATH = "/compare-years";

	private final YearCompareSheets sheets;

	private final MunicipalityScopes scopes;

	private final Access access;

	private final PageText text;

	YearCompareController(YearCompareSheets sheets, MunicipalityScopes scopes, Access access, PageText text) {
		this.text = text;
		this.sheets = sheets;
		this.scopes = scopes;
		this.access = access;
	}

	/** A section of goals: 継続 (the same and the changed), 新規 or 終了; {@code id} names its heading. */
	record GoalGroup(String id, String heading, List<GoalComparison> goals) {
	}

	/** What the form was sent with, checked. */
	record Choice(String department, Integer from, Integer to, boolean current) {
	}

	@GetMapping(PATH)
	ModelAndView compare(@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "department", required = false) String department,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "current", required = false) String current) {
		boolean staff = access.canSeeDrafts(access.signedIn());
		ModelAndView page = new ModelAndView("web/history/compare-years");
		page.addObject("fmt", new YearCompareFormat(text));
		page.addObject("staff", staff);
		page.addObject("crumbs", List.of(new Crumb(text.get("nav.list"), "/"),
				Crumb.here(text.get("nav.compare-years"))));
		Choice choice = new Choice(blankToNull(department), null, null, false);
		page.addObject("choice", choice);
		page.addObject("municipality", null);
		page.addObject("municipalityParam", blankToNull(municipality));
		page.addObject("departments", List.of());
		page.addObject("years", List.of());
		try {
			choice = new Choice(blankToNull(department), year(from, "compare.error.from"), year(to, "compare.error.to"),
					flag(current) && staff);
			page.addObject("choice", choice);
			if (choice.from() != null && choice.to() != null && choice.from() >= choice.to()) {
				throw PublicRequestException.badRequest("compare.error.order");
			}
			MunicipalityScope scope = scopes.resolve(municipality, null);
			if (choice.current() && !access.canSeeDraftsOf(access.signedIn(), scope.municipalityId())) {
				// current versions only of the staff's own municipality; another's as the public reads it
				choice = new Choice(choice.department(), choice.from(), choice.to(), false);
				page.addObject("choice", choice);
			}
			page.addObject("municipality", scope.municipality());
			List<YearCompareSheets.Available> available = sheets.list(scope.municipality(), choice.current());
			page.addObject("departments", available.stream().map(YearCompareSheets.Available::department).distinct()
				.sorted().toList());
			page.addObject("years", available.stream().map(YearCompareSheets.Available::fiscalYear).distinct().toList());
			String chosen = choice.department();
			if (chosen != null) {
				compare(page, choice, available.stream().filter(s -> s.department().equals(chosen)).toList());
			}
		}
		catch (PublicRequestException ex) {
			page.addObject("errorHeading", ex.status() == HttpStatus.BAD_REQUEST ? text.get("compare.error.bad-request")
					: ex.heading(text));
			page.addObject("error", ex.message(text));
			page.setStatus(ex.status());
		}
		Choice shown = (Choice) page.getModel().get("choice");
		@SuppressWarnings("unchecked")
		List<Integer> years = (List<Integer>) page.getModel().get("years");
		page.addObject("yearOptions", options(years, shown.from(), shown.to()));
		return page;
	}

	/** The department's two years, as chosen or by default, side by side; or why there is nothing to compare. */
	private void compare(ModelAndView page, Choice choice, List<YearCompareSheets.Available> ofDepartment) {
		String which = text.get(choice.current() ? "compare.which.current" : "compare.which.published");
		if (ofDepartment.isEmpty()) {
			throw PublicRequestException.notFound("compare.error.no-department",
					"compare.error.no-department.message", PageText.content(choice.department()), which);
		}
		// newest first, as listed
		List<Integer> years = ofDepartment.stream().map(YearCompareSheets.Available::fiscalYear).toList();
		Integer to = choice.to() != null ? choice.to()
				: choice.from() == null ? years.get(0)
						: years.stream().filter(y -> y > choice.from()).reduce((a, b) -> b).orElse(null);
		Integer from = choice.from() != null ? choice.from()
				: to == null ? null : years.stream().filter(y -> y < to).findFirst().orElse(null);
		for (Integer year : new Integer[] { choice.from(), choice.to() }) {
			if (year != null && !years.contains(year)) {
				throw PublicRequestException.notFound("compare.error.no-year", "compare.error.no-year.message",
						text.year(year), PageText.content(choice.department()), which);
			}
		}
		page.addObject("choice", new Choice(choice.department(), from, to, choice.current()));
		if (from == null || to == null) {
			int only = from != null ? from : to;
			page.addObject("notice", text.get(from == null ? "compare.notice.none-before" : "compare.notice.none-after",
					text.year(only), choice.department(), which));
			return;
		}
		YearCompareSheets.Available older = ofDepartment.get(years.indexOf(from));
		YearCompareSheets.Available newer = ofDepartment.get(years.indexOf(to));
		Optional<SheetData> olderSheet = sheets.read(older, choice.current());
		Optional<SheetData> newerSheet = sheets.read(newer, choice.current());
		if (olderSheet.isEmpty() || newerSheet.isEmpty()) {
			throw PublicRequestException.notFound("compare.error.no-year", "compare.error.unreadable");
		}
		YearComparison comparison = YearComparison.of(olderSheet.get(), newerSheet.get());
		page.addObject("comparison", comparison);
		page.addObject("annualGroups", List.of(
				new GoalGroup("annual-kept", text.get("compare.group.annual-kept"), comparison.annual(Difference.SAME)),
				new GoalGroup("annual-added", text.get("compare.group.annual-added"), comparison.annual(Difference.ADDED)),
				new GoalGroup("annual-dropped", text.get("compare.group.annual-dropped"),
						comparison.annual(Difference.DROPPED))));
		page.addObject("midTermGroups", List.of(
				new GoalGroup("mid-term-kept", text.get("compare.group.mid-term-kept"), comparison.midTerm(Difference.SAME)),
				new GoalGroup("mid-term-added", text.get("compare.group.mid-term-added"),
						comparison.midTerm(Difference.ADDED)),
				new GoalGroup("mid-term-dropped", text.get("compare.group.mid-term-dropped"),
						comparison.midTerm(Difference.DROPPED))));
		page.addObject("older", older);
		page.addObject("newer", newer);
		page.addObject("crumbs", List.of(new Crumb(text.get("nav.list"), "/"),
				Crumb.here(text.mixed("compare.of", PageText.content(choice.department())))));
	}

	/** @param name the message naming the parameter, e.g. 比較元の年度（from） */
	private Integer year(String raw, String name) {
		try {
			return HomeController.parseYear(raw);
		}
		catch (IllegalArgumentException ex) {
			throw PublicParameters.fourDigits(raw)
					? PublicRequestException.badRequest("compare.error.year-range", text.get(name), HomeController.MIN_YEAR,
							HomeController.MAX_YEAR)
					: PublicRequestException.badRequest("compare.error.year", text.get(name));
		}
	}

	/** A checkbox: true, 1 or on ticks it; false, 0, off or nothing leaves it; anything else is a 400. */
	private boolean flag(String raw) {
		if (raw == null || raw.isBlank()) {
			return false;
		}
		return switch (raw.strip().toLowerCase(Locale.ROOT)) {
			case "true", "1", "on" -> true;
			case "false", "0", "off" -> false;
			default -> throw PublicRequestException.badRequest("compare.error.current");
		};
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** The years the selects offer, newest first: those with sheets, and those asked for even without (shown again). */
	private static List<Integer> options(List<Integer> years, Integer... chosen) {
		List<Integer> out = new ArrayList<>(years);
		for (Integer year : chosen) {
			if (year != null && !out.contains(year)) {
				out.add(year);
			}
		}
		out.sort(java.util.Comparator.reverseOrder());
		return out;
	}
}
