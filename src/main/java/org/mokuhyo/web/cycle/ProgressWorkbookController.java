package org.mokuhyo.web.cycle;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.Quarter;
import org.mokuhyo.web.DownloadNames;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.web.sheet.HomeController;
import org.mokuhyo.workbook.ProgressWorkbookImport;
import org.mokuhyo.workbook.WorkbookImportReport;
import org.mokuhyo.workbook.WorkbookRejectedException;
import org.mokuhyo.workbook.YearWorkbooks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * 年度の一覧表 for staff: the download of a fiscal year's workbook (every department of the user's municipality, actions with their progress;
 * progress is for staff, so the public has none), and the upload of an edited one to import one quarter's progress,
 * for those who report progress (editors for their departments, administrators), with the report of every row.
 */
@Controller
class ProgressWorkbookController {

	private final YearWorkbooks workbooks;

	private final ProgressWorkbookImport imports;

	private final Progresses progresses;

	private final Access access;

	private final AuditLog audit;

	private final Organizations organizations;

	ProgressWorkbookController(YearWorkbooks workbooks, ProgressWorkbookImport imports, Progresses progresses,
			Access access, AuditLog audit, Organizations organizations) {
		this.organizations = organizations;
		this.workbooks = workbooks;
		this.imports = imports;
		this.progresses = progresses;
		this.access = access;
		this.audit = audit;
	}

	/** Written to the response as it is made (constant memory whatever the year's size). */
	@GetMapping("/progress/workbook")
	ModelAndView download(@RequestParam(name = "year", required = false) String year, HttpServletResponse response)
			throws IOException {
		CurrentUser user = access.signedIn();
		if (!access.canSeeDrafts(user)) {
			return ErrorPages.page(HttpStatus.FORBIDDEN);
		}
		int fiscalYear;
		try {
			Integer parsed = HomeController.parseYear(year);
			fiscalYear = parsed == null ? Quarter.of(progresses.today()).fiscalYear() : parsed;
		}
		catch (IllegalArgumentException ex) {
			return ErrorPages.page(HttpStatus.BAD_REQUEST);
		}
		audit.record(user.id(), user.displayName(), AuditEvent.Kind.EXPORT, null, null,
				"年度の一覧表（Excel）: " + fiscalYear + "年度");
		response.setContentType(YearWorkbooks.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				DownloadNames.attachment(YearWorkbooks.fileName(fiscalYear), "progress-" + fiscalYear + ".xlsx"));
		// staff read their own municipality's sheets only: another's drafts are not theirs to see
		String municipality = organizations.findMunicipality(user.municipalityId()).map(MunicipalityRef::name)
			.orElse("");
		workbooks.write(fiscalYear, municipality, response.getOutputStream());
		return null;
	}

	@GetMapping("/progress/workbook/import")
	ModelAndView form() {
		return page(null, null, null, defaultQuarter(), false, HttpStatus.OK);
	}

	@PostMapping("/progress/workbook/import")
	ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "quarter", required = false) String quarter,
			@RequestParam(name = "validRowsOnly", required = false) String validRowsOnly) {
		boolean validOnly = validRowsOnly != null;
		Integer number = quarterNumber(quarter);
		if (number == null) {
			return page("四半期を選んでください（1〜4）。", null, null, defaultQuarter(), validOnly, HttpStatus.BAD_REQUEST);
		}
		if (file == null || file.isEmpty()) {
			return page("取り込む一覧表（.xlsx）を選択してください。", null, null, number, validOnly, HttpStatus.BAD_REQUEST);
		}
		WorkbookImportReport report;
		try {
			report = imports.importBytes(file.getBytes(), number, validOnly, access.signedIn());
		}
		catch (WorkbookRejectedException ex) {
			return page(ex.getMessage(), null, null, number, validOnly, HttpStatus.BAD_REQUEST);
		}
		catch (IOException ex) {
			return page("ファイルを受け取れませんでした。もう一度お試しください。", null, null, number, validOnly,
					HttpStatus.BAD_REQUEST);
		}
		HttpStatus status = !report.errors().isEmpty() && !report.saved() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
		return page(null, report, file.getOriginalFilename(), number, validOnly, status);
	}

	private ModelAndView page(String problem, WorkbookImportReport report, String fileName, int quarter,
			boolean validRowsOnly, HttpStatus status) {
		ModelAndView page = new ModelAndView("web/cycle/progress-workbook");
		int year = Quarter.of(progresses.today()).fiscalYear();
		page.addObject("problem", problem);
		page.addObject("report", report);
		page.addObject("fileName", fileName);
		page.addObject("quarter", quarter);
		page.addObject("validRowsOnly", validRowsOnly);
		page.addObject("year", year);
		page.addObject("years", java.util.List.of(year + 1, year, year - 1, year - 2));
		page.setStatus(status);
		return page;
	}

	/** The quarter last ended: the one a department reports on now. */
	private int defaultQuarter() {
		return Quarter.of(progresses.today()).previous().number();
	}

	private static Integer quarterNumber(String value) {
		return switch (value == null ? "" : value.strip()) {
			case "1" -> 1;
			case "2" -> 2;
			case "3" -> 3;
			case "4" -> 4;
			default -> null;
		};
	}
}
