package org.mokuhyo.web.sheet;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportBusyException;
import org.mokuhyo.importer.ImportNotPermittedException;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportOutcome;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.ImportReport;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.portal.PortalQueries;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.web.PageText;
import org.mokuhyo.web.PublicParameters;
import org.mokuhyo.workflow.SheetLists;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of sheets by fiscal year, and, for those allowed to import, the upload form (post/redirect/get: a stored import redirects to its sheet,
 * a refused one shows the form again with the reason and stores nothing).
 */
@Controller
public class HomeController {

	public static final int MIN_YEAR = 1989;

	public static final int MAX_YEAR = 2100;

	private final ImportService importService;

	private final String defaultMunicipality;

	private final Access access;

	private final Workflows workflows;

	private final SheetLists lists;

	private final Organizations organizations;

	private final PortalQueries portal;

	private final PageText text;

	HomeController(ImportService importService, Access access, Workflows workflows,
			SheetLists lists, Organizations organizations, PortalQueries portal, PageText text,
			@Value("${mokuhyo.default-municipality.name:}") String defaultMunicipality) {
		this.lists = lists;
		this.text = text;
		this.organizations = organizations;
		this.portal = portal;
		this.importService = importService;
		this.access = access;
		this.workflows = workflows;
		this.defaultMunicipality = defaultMunicipality;
	}

	@GetMapping("/")
	ModelAndView index(@RequestParam(name = "fiscalYear", required = false) String fiscalYear,
			@RequestParam(name = "department", required = false) String department,
			@RequestParam(name = "municipality", required = false) String municipality) {
		String departmentFilter = blankToNull(department);
		// one municipality's sheets, named by its 全国地方公共団体コード (or its name)
		MunicipalityRef chosen = null;
		if (blankToNull(municipality) != null) {
			Optional<MunicipalityRef> found = organizations.findMunicipalityByCodeOrName(municipality);
			if (found.isEmpty()) {
				return ErrorPages.page(HttpStatus.NOT_FOUND);
			}
			chosen = found.get();
		}
		Integer yearFilter;
		try {
			yearFilter = parseYear(fiscalYear);
		}
		catch (IllegalArgumentException ex) {
			ModelAndView page = page(null, departmentFilter, chosen, ImportForm.EMPTY);
			// in the page's language (the list is public and has an English version)
			page.addObject("filterError", PublicParameters.fourDigits(fiscalYear)
					? text.get("browse.error.year-range", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR))
					: text.get("browse.error.year"));
			page.addObject("filterFiscalYear", fiscalYear);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		return page(yearFilter, departmentFilter, chosen, ImportForm.EMPTY);
	}

	@PostMapping("/import")
	ModelAndView importSheet(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "fiscalYear", required = false) String fiscalYear,
			@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "published", required = false) String published,
			@RequestParam(name = "replace", required = false) String replace, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		ImportForm form = new ImportForm(fiscalYear, municipality);
		if (file == null || (file.isEmpty() && blankToNull(file.getOriginalFilename()) == null)) {
			return rejected(form, HttpStatus.BAD_REQUEST, "NO_FILE", "取り込むファイルを選択してください。");
		}
		if (file.isEmpty()) {
			return rejected(form, HttpStatus.UNPROCESSABLE_CONTENT, "EMPTY",
					"選択されたファイル（" + file.getOriginalFilename() + "）は空です。内容のあるファイルを選択してください。");
		}
		Integer year;
		try {
			year = parseYear(fiscalYear);
		}
		catch (IllegalArgumentException ex) {
			return rejected(form, HttpStatus.BAD_REQUEST, "FISCAL_YEAR", ex.getMessage());
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			return rejected(form, HttpStatus.BAD_REQUEST, "UNREADABLE", "ファイルを受け取れませんでした。もう一度お試しください。");
		}
		ImportOutcome outcome;
		CurrentUser user = access.signedIn();
		boolean asPublished = published != null;
		if (asPublished && !access.isAdmin(user)) {
			return rejected(form, HttpStatus.FORBIDDEN, "FORBIDDEN", "公表済みとしての取込みは管理者だけが行えます。");
		}
		ImportAuthor author = new ImportAuthor(user.id(), user.displayName(), asPublished);
		try {
			// the department is in the document: which one the user may import is checked once it is read
			outcome = importService.importSheet(content, file.getOriginalFilename(),
					new ImportOptions(year, ownUnlessGiven(municipality, user), null, replace != null),
					(m, department) -> access.canImportSheetOf(user, m, department), author);
		}
		catch (ImportNotPermittedException ex) {
			return rejected(form, HttpStatus.FORBIDDEN, "FORBIDDEN", ex.getMessage());
		}
		catch (ImportRejectedException ex) {
			// the importer's own size limit is below the multipart limit: too large either way
			HttpStatus status = "TOO_LARGE".equals(ex.code()) ? HttpStatus.valueOf(413)
					: "WOULD_REMOVE".equals(ex.code()) || ImportService.CURRENT_UNREADABLE.equals(ex.code())
							? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
			if (ex instanceof ImportBusyException busy) {
				// the server reads only so many files at once: the same form again, to send the file a moment later
				ModelAndView page = rejected(form, HttpStatus.TOO_MANY_REQUESTS, ex.code(), ex.getMessage());
				response.setHeader("Retry-After", String.valueOf(busy.retryAfterSeconds()));
				return page;
			}
			return rejected(form, status, ex.code(), ex.getMessage());
		}
		redirect.addFlashAttribute("importMessage", message(outcome));
		redirect.addFlashAttribute("importWarnings", outcome.report().warnings().size());
		return new ModelAndView("redirect:/sheets/" + outcome.sheetId());
	}

	/** The form again, for an upload over the multipart limit (see {@link UploadTooLargeResolver}). */
	public ModelAndView tooLarge() {
		return rejected(ImportForm.EMPTY, HttpStatus.valueOf(413), "TOO_LARGE",
				"ファイルが大きすぎるため受け付けられませんでした。取り込めるファイルは" + maxMegabytes() + "MBまでです。");
	}

	/** A multipart body the server could not read at all (no boundary, cut off): the form again, 400. */
	public ModelAndView unreadableUpload() {
		return rejected(ImportForm.EMPTY, HttpStatus.BAD_REQUEST, "UNREADABLE_UPLOAD",
				"送信されたファイルを読み取れませんでした。もう一度ファイルを選択して取り込んでください。");
	}

	static long maxMegabytes() {
		return SheetImporter.MAX_BYTES / (1024 * 1024);
	}

	/** 取り込みました（目標5件・取組み事項20件・行動45件・中期目標7件・注意3件） and what became of earlier versions. */
	static String message(ImportOutcome outcome) {
		ImportReport report = outcome.report();
		StringBuilder text = new StringBuilder("取り込みました（目標").append(report.goals()).append("件・取組み事項")
			.append(report.items()).append("件・行動").append(report.actions()).append("件・中期目標")
			.append(report.midTermGoals()).append("件・注意").append(report.warnings().size()).append("件）。");
		if (!outcome.changed()) {
			text.append("前の版と内容が同じため、新しい版は作りませんでした（第").append(outcome.version()).append("版）。");
		}
		else if (outcome.replaced()) {
			text.append("同じ部局・年度のシートを第").append(outcome.version()).append("版として更新しました。");
		}
		text.append(outcome.published() ? "公表済みのシートとして登録しました。" : "下書きとして登録しました（公表は提出・承認の後です）。");
		return text.toString();
	}

	/** No municipality given: the user's own (the only one they may import for), not the configured default. */
	private String ownUnlessGiven(String municipality, CurrentUser user) {
		String given = blankToNull(municipality);
		return given != null ? given : access.municipalityName(user);
	}

	private ModelAndView rejected(ImportForm form, HttpStatus status, String code, String message) {
		ModelAndView page = page(null, null, form);
		page.addObject("importError", message);
		page.addObject("importErrorCode", code);
		page.setStatus(status);
		return page;
	}

	private ModelAndView page(Integer fiscalYear, String department, ImportForm form) {
		return page(fiscalYear, department, null, form);
	}

	/** @param municipality only that municipality's sheets; null for every municipality's */
	private ModelAndView page(Integer fiscalYear, String department, MunicipalityRef municipality, ImportForm form) {
		// staff see their municipality's sheets with where they stand, every other as published; the public,
		// only published sheets as published (SheetLists)
		SheetLists.Listed listed = lists.visibleTo(access.signedIn(), fiscalYear, department,
				municipality == null ? null : municipality.name());
		List<SheetSummary> sheets = listed.sheets();
		ModelAndView page = new ModelAndView("web/sheet/index");
		page.addObject("states", listed.current().isEmpty() ? Map.of() : workflows.states(listed.current()));
		page.addObject("canImportPublished", access.isAdmin(access.signedIn()));
		page.addObject("groups", groups(sheets));
		page.addObject("sheetCount", sheets.size());
		page.addObject("filtered", fiscalYear != null || department != null || municipality != null);
		page.addObject("municipality", municipality);
		page.addObject("municipalityChoice", municipalityChoice());
		page.addObject("filterFiscalYear", fiscalYear);
		page.addObject("filterDepartment", department);
		page.addObject("form", form);
		// staff import for their own municipality only (account.Access), so that is what the form proposes
		String own = access.municipalityName(access.signedIn());
		page.addObject("defaultMunicipality", own != null ? own : blankToNull(defaultMunicipality));
		page.addObject("minYear", MIN_YEAR);
		page.addObject("maxYear", MAX_YEAR);
		page.addObject("maxMegabytes", maxMegabytes());
		page.addObject("canImport", access.canImport(access.signedIn()));
		// import warnings, and so their counts, are for staff
		page.addObject("showWarnings", access.canSeeDrafts(access.signedIn()));
		return page;
	}

	/**
	 * The municipalities to choose from when the deployment serves several: those with a published sheet, and the
	 * signed-in user's own. Empty for one.
	 */
	private List<MunicipalityChoice> municipalityChoice() {
		java.util.Set<String> shown = new java.util.HashSet<>(portal.municipalities());
		String own = access.municipalityName(access.signedIn());
		if (own != null) {
			shown.add(own);
		}
		if (shown.size() < 2) {
			return List.of();
		}
		return organizations.municipalities()
			.stream()
			.filter(m -> shown.contains(m.name()))
			.map(m -> new MunicipalityChoice(m.name(), "/?municipality="
					+ java.net.URLEncoder.encode(m.code() != null ? m.code() : m.name(), java.nio.charset.StandardCharsets.UTF_8)))
			.toList();
	}

	/** A municipality of the home page's choice, with the address of its list. */
	record MunicipalityChoice(String name, String href) {
	}

	/** Newest fiscal year first; inside a year by department, as the store lists them. */
	static List<YearGroup> groups(List<SheetSummary> sheets) {
		Map<Integer, List<SheetSummary>> byYear = new LinkedHashMap<>();
		sheets.stream()
			.sorted(Comparator.comparingInt(SheetSummary::fiscalYear).reversed())
			.forEach(sheet -> byYear.computeIfAbsent(sheet.fiscalYear(), y -> new ArrayList<>()).add(sheet));
		return byYear.entrySet().stream().map(entry -> {
			List<SheetSummary> list = entry.getValue();
			return new YearGroup(entry.getKey(), FiscalYearLabels.display(entry.getKey(), list.get(0).fiscalYearLabel()),
					List.copyOf(list));
		}).toList();
	}

	/** Blank → null; otherwise a western year (full-width digits accepted) within the supported range. */
	public static Integer parseYear(String text) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		value = Normalizer.normalize(value, Normalizer.Form.NFKC);
		if (!value.matches("\\d{4}")) {
			throw new IllegalArgumentException("年度は西暦の4桁の数字で入力してください（例: 2024）。");
		}
		int year = Integer.parseInt(value);
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new IllegalArgumentException(
					"年度は" + MIN_YEAR + "から" + MAX_YEAR + "までの西暦で入力してください（例: 2024）。");
		}
		return year;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The sheets of one fiscal year, with its label, e.g. 令和6年度（2024年度）. */
	record YearGroup(int fiscalYear, String label, List<SheetSummary> sheets) {
	}

	/** What the person typed, shown again when an import is refused. */
	record ImportForm(String fiscalYear, String municipality) {

		static final ImportForm EMPTY = new ImportForm(null, null);
	}
}
