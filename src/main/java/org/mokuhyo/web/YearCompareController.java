package org.mokuhyo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mokuhyo.account.Access;
import org.mokuhyo.history.Difference;
import org.mokuhyo.history.GoalComparison;
import org.mokuhyo.history.YearComparison;
import org.mokuhyo.sheet.SheetData;
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

	private final BrowseScopes scopes;

	private final Access access;

	YearCompareController(YearCompareSheets sheets, BrowseScopes scopes, Access access) {
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
		ModelAndView page = new ModelAndView("web/compare-years");
		page.addObject("fmt", YearCompareFormat.INSTANCE);
		page.addObject("staff", staff);
		page.addObject("crumbs", List.of(new BrowseCrumb("シート一覧", "/"), BrowseCrumb.here("経年比較")));
		Choice choice = new Choice(blankToNull(department), null, null, false);
		page.addObject("choice", choice);
		page.addObject("municipality", null);
		page.addObject("municipalityParam", blankToNull(municipality));
		page.addObject("departments", List.of());
		page.addObject("years", List.of());
		try {
			choice = new Choice(blankToNull(department), year(from, "比較元の年度（from）"), year(to, "比較先の年度（to）"),
					flag(current) && staff);
			page.addObject("choice", choice);
			if (choice.from() != null && choice.to() != null && choice.from() >= choice.to()) {
				throw BrowseRequestException.badRequest("比較元の年度（from）には、比較先の年度（to）より前の年度を指定してください。");
			}
			BrowseScope scope = scopes.resolve(municipality, null);
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
		catch (BrowseRequestException ex) {
			page.addObject("errorHeading", ex.heading());
			page.addObject("error", ex.getMessage());
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
		String which = choice.current() ? "シート" : "公表されたシート";
		if (ofDepartment.isEmpty()) {
			throw BrowseRequestException.notFound("部局が見つかりません",
					"「" + choice.department() + "」の" + which + "はありません。部局名をご確認ください。");
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
				throw BrowseRequestException.notFound("比べる年度のシートがありません", FiscalYears.display(year) + "の"
						+ choice.department() + "の" + which + "はありません。ほかの年度を選んでください。");
			}
		}
		page.addObject("choice", new Choice(choice.department(), from, to, choice.current()));
		if (from == null || to == null) {
			int only = from != null ? from : to;
			page.addObject("notice", FiscalYears.display(only) + (from == null ? "より前" : "より後") + "の"
					+ choice.department() + "の" + which + "はありません。比べる年度を選んでください。");
			return;
		}
		YearCompareSheets.Available older = ofDepartment.get(years.indexOf(from));
		YearCompareSheets.Available newer = ofDepartment.get(years.indexOf(to));
		Optional<SheetData> olderSheet = sheets.read(older, choice.current());
		Optional<SheetData> newerSheet = sheets.read(newer, choice.current());
		if (olderSheet.isEmpty() || newerSheet.isEmpty()) {
			throw BrowseRequestException.notFound("比べる年度のシートがありません", "シートを読み込めませんでした。もう一度お試しください。");
		}
		YearComparison comparison = YearComparison.of(olderSheet.get(), newerSheet.get());
		page.addObject("comparison", comparison);
		page.addObject("annualGroups", List.of(
				new GoalGroup("annual-kept", "継続した目標", comparison.annual(Difference.SAME)),
				new GoalGroup("annual-added", "新しい目標", comparison.annual(Difference.ADDED)),
				new GoalGroup("annual-dropped", "終了した目標", comparison.annual(Difference.DROPPED))));
		page.addObject("midTermGroups", List.of(
				new GoalGroup("mid-term-kept", "継続した中期目標", comparison.midTerm(Difference.SAME)),
				new GoalGroup("mid-term-added", "新しい中期目標", comparison.midTerm(Difference.ADDED)),
				new GoalGroup("mid-term-dropped", "終了した中期目標", comparison.midTerm(Difference.DROPPED))));
		page.addObject("older", older);
		page.addObject("newer", newer);
		page.addObject("crumbs", List.of(new BrowseCrumb("シート一覧", "/"),
				BrowseCrumb.here("経年比較（" + choice.department() + "）")));
	}

	private static Integer year(String raw, String name) {
		try {
			return HomeController.parseYear(raw);
		}
		catch (IllegalArgumentException ex) {
			throw BrowseRequestException.badRequest(name + ": " + ex.getMessage());
		}
	}

	/** A checkbox: true, 1 or on ticks it; false, 0, off or nothing leaves it; anything else is a 400. */
	private static boolean flag(String raw) {
		if (raw == null || raw.isBlank()) {
			return false;
		}
		return switch (raw.strip().toLowerCase(Locale.ROOT)) {
			case "true", "1", "on" -> true;
			case "false", "0", "off" -> false;
			default -> throw BrowseRequestException.badRequest("current は true か false で指定してください。");
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
