package org.mokuhyo.web.sheet;

import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.workflow.Workflows;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * One sheet, laid out like the official 部局長の目標, with the warnings of its import for signed-in staff.
 */
@Controller
class SheetPageController {

	private final ReadableSheets sheets;

	private final SheetStore store;

	private final Workflows workflows;

	SheetPageController(ReadableSheets sheets, SheetStore store, Workflows workflows) {
		this.sheets = sheets;
		this.store = store;
		this.workflows = workflows;
	}

	/**
	 * Staff read the sheet as it now stands (a draft, one under review…) with its state; the public reads the
	 * published version only, "as of" its 作成基準日, and gets 404 for a sheet never published. The public page is
	 * cached and shared without a session, so it carries nothing of the reader.
	 */
	@GetMapping("/sheets/{id}")
	ModelAndView sheet(@PathVariable("id") String id) {
		Optional<ReadableSheets.Read> read = sheets.find(id);
		if (read.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		UUID sheetId = read.get().id();
		CurrentUser user = read.get().user();
		boolean staff = read.get().staff();
		SheetData data = read.get().sheet();
		ModelAndView page = new ModelAndView("web/sheet/sheet");
		page.addObject("sheet", data);
		page.addObject("sheetId", sheetId);
		page.addObject("fiscalYearLabel", FiscalYearLabels.display(data.fiscalYear(), data.fiscalYearLabel()));
		page.addObject("asOf", workflows.publication(sheetId).map(p -> org.mokuhyo.kernel.Era.dateLabel(p.asOf())).orElse(null));
		page.addObject("state", staff ? workflows.state(sheetId).orElse(null) : null);
		page.addObject("steps", staff ? workflows.stepsFor(user, sheetId) : java.util.List.of());
		page.addObject("previousIssues", staff ? PreviousIssues.of(data, store) : java.util.Map.of());
		// import warnings are for staff; the public page (cached and shared without a session) never has them
		page.addObject("showWarnings", staff);
		page.addObject("warnings", staff ? store.warnings(sheetId) : java.util.List.of());
		page.addObject("fmt", SheetFormat.INSTANCE);
		return page;
	}

}
