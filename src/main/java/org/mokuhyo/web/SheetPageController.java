package org.mokuhyo.web;

import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
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

	private final SheetStore store;

	private final Access access;

	private final Workflows workflows;

	SheetPageController(SheetStore store, Access access, Workflows workflows) {
		this.store = store;
		this.access = access;
		this.workflows = workflows;
	}

	/**
	 * Staff read the sheet as it now stands (a draft, one under review…) with its state; the public reads the
	 * published version only, "as of" its 作成基準日, and gets 404 for a sheet never published. The public page is
	 * cached and shared without a session, so it carries nothing of the reader.
	 */
	@GetMapping("/sheets/{id}")
	ModelAndView sheet(@PathVariable("id") String id) {
		Optional<UUID> parsed = SheetIds.parse(id);
		if (parsed.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		UUID sheetId = parsed.get();
		CurrentUser user = access.signedIn();
		boolean staff = access.canSeeDraftsOfSheet(user, sheetId);
		Optional<SheetData> sheet = staff ? store.find(sheetId)
				: workflows.publishedVersion(sheetId).flatMap(version -> store.snapshot(sheetId, version));
		if (sheet.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		SheetData data = sheet.get();
		ModelAndView page = new ModelAndView("web/sheet");
		page.addObject("sheet", data);
		page.addObject("sheetId", sheetId);
		page.addObject("fiscalYearLabel", FiscalYears.display(data.fiscalYear(), data.fiscalYearLabel()));
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
