package org.mokuhyo.web.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.kernel.FiscalYear;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.VersionConflictException;
import org.mokuhyo.web.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A sheet started empty (no file to import, no last year's sheet to copy), for this or next fiscal year, by an
 * administrator or an editor of the department. It is saved as its first version ({@link Change#NEW}), so the
 * workflow takes it in as a draft, and opens at the basics form. A department and year that have a sheet already get
 * a link to it: the new one never replaces it. The public gets a 404 here (the address sits among the sheets', which
 * are open to it), other staff a 403.
 */
@Controller
@RequestMapping("/sheets/new")
class NewSheetController {

	private final SheetStore store;

	private final Organizations organizations;

	private final Access access;

	private final Clock clock;

	NewSheetController(SheetStore store, Organizations organizations, Access access, Clock clock) {
		this.store = store;
		this.organizations = organizations;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The form, with a fiscal year chosen when the address gives one ({@code ?fiscalYear=2025}, a link for next
	 * year's sheets); one the form does not offer is a 400 saying which it does, never silently the default.
	 */
	@GetMapping
	ModelAndView form(@RequestParam(name = "fiscalYear", required = false) String fiscalYearParam) {
		CurrentUser user = access.signedIn();
		Optional<ModelAndView> refused = refusal(user);
		if (refused.isPresent()) {
			return refused.get();
		}
		if (fiscalYearParam == null || fiscalYearParam.isBlank()) {
			return form(user, new Chosen(null, defaultYear()), null, null, HttpStatus.OK);
		}
		Integer year = year(fiscalYearParam);
		if (year == null || !years().contains(year)) {
			return form(user, new Chosen(null, defaultYear()), yearsMessage(), null, HttpStatus.BAD_REQUEST);
		}
		return form(user, new Chosen(null, year), null, null, HttpStatus.OK);
	}

	private String yearsMessage() {
		return "年度は" + FiscalYearLabels.display(years().get(0)) + "か" + FiscalYearLabels.display(years().get(1)) + "を選んでください。";
	}

	@PostMapping
	ModelAndView create(@RequestParam(name = "department", required = false) String departmentParam,
			@RequestParam(name = "fiscalYear", required = false) String fiscalYearParam, RedirectAttributes redirect) {
		CurrentUser user = access.signedIn();
		Optional<ModelAndView> refused = refusal(user);
		if (refused.isPresent()) {
			return refused.get();
		}
		Chosen chosen = new Chosen(number(departmentParam), year(fiscalYearParam));
		Optional<DepartmentRef> department = chosen.department() == null ? Optional.empty()
				: organizations.findDepartment(chosen.department());
		if (department.isEmpty()) {
			return form(user, chosen, "部局を選んでください。", null, HttpStatus.BAD_REQUEST);
		}
		if (chosen.fiscalYear() == null || !years().contains(chosen.fiscalYear())) {
			return form(user, chosen, yearsMessage(), null, HttpStatus.BAD_REQUEST);
		}
		if (!access.canEditDepartment(user, department.get().id())) {
			return form(user, chosen, "「" + department.get().name() + "」のシートを作成する権限がありません。", null,
					HttpStatus.FORBIDDEN);
		}
		MunicipalityRef municipality = organizations.findMunicipality(department.get().municipalityId()).orElseThrow();
		int year = chosen.fiscalYear();
		Optional<UUID> existing = existing(municipality, department.get(), year);
		if (existing.isEmpty()) {
			try {
				SavedSheet saved = store.save(empty(municipality, department.get(), year), List.of(), null,
						Change.newSheet(user.id(), user.displayName()));
				if (!saved.replaced()) {
					redirect.addFlashAttribute("editMessage", "空のシートを下書きとして作成しました。補職・氏名、使命、方針を入力し、目標を追加してください。");
					return new ModelAndView("redirect:/sheets/" + saved.id() + "/edit/basics");
				}
				existing = Optional.of(saved.id()); // an identical empty sheet was saved first: nothing written
			}
			catch (VersionConflictException ex) {
				existing = Optional.of(ex.sheetId()); // saved first by someone else: nothing written
			}
		}
		return form(user, chosen, FiscalYearLabels.display(year) + "の「" + department.get().name() + "」のシートはすでにあります。",
				existing.get(), HttpStatus.CONFLICT);
	}

	/** The public learns nothing here; staff who may not create sheets are told so. */
	private Optional<ModelAndView> refusal(CurrentUser user) {
		if (!access.canSeeDrafts(user)) {
			return Optional.of(ErrorPages.page(HttpStatus.NOT_FOUND));
		}
		if (!access.canImport(user)) {
			return Optional.of(ErrorPages.page(HttpStatus.FORBIDDEN));
		}
		return Optional.empty();
	}

	private ModelAndView form(CurrentUser user, Chosen chosen, String error, UUID existing, HttpStatus status) {
		ModelAndView page = new ModelAndView("web/edit/new-sheet");
		page.addObject("departments", departments(user));
		page.addObject("years", years().stream().map(y -> new YearOption(y, FiscalYearLabels.display(y))).toList());
		page.addObject("chosen", chosen);
		page.addObject("error", error);
		page.addObject("existing", existing);
		page.setStatus(status);
		return page;
	}

	/** Those the user may create a sheet for: an administrator's municipality's, an editor's own. */
	private List<DepartmentRef> departments(CurrentUser user) {
		if (access.isAdmin(user)) {
			return organizations.departments(user.municipalityId());
		}
		return user.departmentIds()
			.stream()
			.map(organizations::findDepartment)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(DepartmentRef::name))
			.toList();
	}

	/** This fiscal year and the next, by the clock. */
	private List<Integer> years() {
		int current = FiscalYear.of(LocalDate.now(clock)).startYear();
		return List.of(current, current + 1);
	}

	/** From January, the sheets being prepared are next April's. */
	private int defaultYear() {
		return LocalDate.now(clock).getMonthValue() <= 3 ? years().get(1) : years().get(0);
	}

	private Optional<UUID> existing(MunicipalityRef municipality, DepartmentRef department, int year) {
		return store.find(municipality.name(), department.name(), year).map(SheetData::id);
	}

	/** The sheet with nothing written yet but its department and year. */
	static SheetData empty(MunicipalityRef municipality, DepartmentRef department, int fiscalYear) {
		return new SheetData(null, null, municipality.name(), municipality.code(), fiscalYear,
				Era.fiscalYearLabel(fiscalYear), new Department(department.name(), null, null), List.of(),
				new Policy(null, List.of(), null), List.of(), List.of());
	}

	/** A year as written, null for anything else: 4294969322 is no year, not 2026 after an int cast. */
	private static Integer year(String text) {
		Long number = number(text);
		return number == null || number < 0 || number > 9999 ? null : number.intValue();
	}

	private static Long number(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** What the form shows as chosen. Public for the SpEL compiler. */
	public record Chosen(Long department, Integer fiscalYear) {
	}

	/** A fiscal year offered, e.g. 2025 and 令和7年度（2025年度）. Public for the SpEL compiler. */
	public record YearOption(int year, String label) {
	}
}
