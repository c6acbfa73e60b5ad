package org.mokuhyo.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.kernel.FiscalYear;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.workflow.NextYear;
import org.mokuhyo.workflow.SheetWorkflow;
import org.mokuhyo.workflow.StepRefusedException;
import org.mokuhyo.workflow.Workflows;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 年度の管理 (administrators only, as all of {@code /admin/**}): for the planning division, where every department
 * of the municipality stands in each fiscal year's cycle — which sheets exist, in which state and phase, which are
 * published — and starting a new year for every department at once from its previous year's sheet.
 */
@Controller
@RequestMapping("/admin/years")
class AdminYearsController {

	private final SheetStore store;

	private final Workflows workflows;

	private final NextYear nextYear;

	private final Organizations organizations;

	private final Access access;

	private final Clock clock;

	AdminYearsController(SheetStore store, Workflows workflows, NextYear nextYear, Organizations organizations,
			Access access, Clock clock) {
		this.store = store;
		this.workflows = workflows;
		this.nextYear = nextYear;
		this.organizations = organizations;
		this.access = access;
		this.clock = clock;
	}

	/** One fiscal year: how many departments have a sheet, and how many sheets are in each state. */
	record YearRow(int year, String label, int sheets, int departments, Map<String, Integer> byState) {
	}

	/** One department in a year: its sheet and state, or none (and then whether last year's can be copied). */
	record DepartmentRow(String department, UUID sheetId, SheetWorkflow state, UUID previousSheetId) {
	}

	@GetMapping
	ModelAndView years() {
		String municipality = municipalityName();
		int current = FiscalYear.of(LocalDate.now(clock)).startYear();
		TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
		years.add(current);
		years.add(current + 1);
		List<SheetSummary> all = sheets(null, municipality);
		all.forEach(s -> years.add(s.fiscalYear()));
		Map<UUID, SheetWorkflow> states = workflows.states(all.stream().map(SheetSummary::id).toList());
		int departments = organizations.departments(access.signedIn().municipalityId()).size();
		List<YearRow> rows = new ArrayList<>();
		for (int year : years) {
			Map<String, Integer> byState = new LinkedHashMap<>();
			int count = 0;
			for (SheetSummary s : all) {
				if (s.fiscalYear() == year) {
					count++;
					SheetWorkflow state = states.get(s.id());
					byState.merge(state == null ? "不明" : state.label(), 1, Integer::sum);
				}
			}
			rows.add(new YearRow(year, FiscalYearLabels.display(year, Era.fiscalYearLabel(year)), count, departments, byState));
		}
		ModelAndView page = new ModelAndView("web/admin/years");
		page.addObject("rows", rows);
		page.addObject("currentYear", current);
		page.addObject("municipality", municipality);
		return page;
	}

	@GetMapping("/{year}")
	ModelAndView year(@PathVariable("year") String year) {
		Integer fiscalYear = parseYear(year);
		if (fiscalYear == null) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		return yearPage(fiscalYear, null);
	}

	/** 前年度からの一括作成: every department with last year's sheet and none this year gets a copy as a draft. */
	@PostMapping("/{year}/copy-forward")
	ModelAndView copyForward(@PathVariable("year") String year, RedirectAttributes redirect) {
		Integer fiscalYear = parseYear(year);
		if (fiscalYear == null) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		CurrentUser user = access.signedIn();
		int created = 0;
		List<String> refused = new ArrayList<>();
		for (DepartmentRow row : departmentRows(fiscalYear)) {
			if (row.sheetId() != null || row.previousSheetId() == null) {
				continue;
			}
			try {
				// each its own transaction: one refusal leaves the others made
				nextYear.start(row.previousSheetId(), user);
				created++;
			}
			catch (StepRefusedException ex) {
				refused.add(row.department() + ": " + ex.getMessage());
			}
		}
		if (created == 0 && refused.isEmpty()) {
			return yearPage(fiscalYear, "前年度のシートがあり、今年度のシートがまだない部局はありません。");
		}
		redirect.addFlashAttribute("message", created + "部局のシートを前年度から下書きとして作成しました。"
				+ (refused.isEmpty() ? "" : "作成できなかった部局: " + String.join("、", refused)));
		return new ModelAndView("redirect:/admin/years/" + fiscalYear);
	}

	private ModelAndView yearPage(int fiscalYear, String error) {
		List<DepartmentRow> rows = departmentRows(fiscalYear);
		ModelAndView page = new ModelAndView("web/admin/year");
		page.addObject("year", fiscalYear);
		page.addObject("yearLabel", FiscalYearLabels.display(fiscalYear, Era.fiscalYearLabel(fiscalYear)));
		page.addObject("previousLabel", FiscalYearLabels.display(fiscalYear - 1, Era.fiscalYearLabel(fiscalYear - 1)));
		page.addObject("rows", rows);
		page.addObject("copyable", rows.stream().filter(r -> r.sheetId() == null && r.previousSheetId() != null).count());
		page.addObject("municipality", municipalityName());
		page.addObject("error", error);
		if (error != null) {
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return page;
	}

	private List<DepartmentRow> departmentRows(int fiscalYear) {
		String municipality = municipalityName();
		Map<String, SheetSummary> thisYear = new HashMap<>();
		sheets(fiscalYear, municipality).forEach(s -> thisYear.put(s.department(), s));
		Map<String, SheetSummary> lastYear = new HashMap<>();
		sheets(fiscalYear - 1, municipality).forEach(s -> lastYear.put(s.department(), s));
		Map<UUID, SheetWorkflow> states = workflows.states(thisYear.values().stream().map(SheetSummary::id).toList());
		List<DepartmentRow> rows = new ArrayList<>();
		for (DepartmentRef department : organizations.departments(access.signedIn().municipalityId())) {
			SheetSummary sheet = thisYear.get(department.name());
			SheetSummary previous = lastYear.get(department.name());
			rows.add(new DepartmentRow(department.name(), sheet == null ? null : sheet.id(),
					sheet == null ? null : states.get(sheet.id()), previous == null ? null : previous.id()));
		}
		return rows;
	}

	private List<SheetSummary> sheets(Integer fiscalYear, String municipality) {
		return store.list(fiscalYear, null).stream().filter(s -> s.municipality().equals(municipality)).toList();
	}

	private String municipalityName() {
		return organizations.findMunicipality(access.signedIn().municipalityId()).map(m -> m.name()).orElse("");
	}

	/** A fiscal year in the address: four digits of a plausible year, else none (404). */
	private static Integer parseYear(String text) {
		if (text == null || !text.matches("\\d{4}")) {
			return null;
		}
		int year = Integer.parseInt(text);
		return year < 1989 || year > 2200 ? null : year;
	}
}
