package org.mokuhyo.web;

import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
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

	SheetPageController(SheetStore store, Access access) {
		this.store = store;
		this.access = access;
	}

	@GetMapping("/sheets/{id}")
	ModelAndView sheet(@PathVariable("id") String id) {
		Optional<SheetData> sheet = parse(id).flatMap(store::find);
		if (sheet.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		SheetData data = sheet.get();
		UUID sheetId = data.id() != null ? data.id() : UUID.fromString(id);
		ModelAndView page = new ModelAndView("web/sheet");
		page.addObject("sheet", data);
		page.addObject("sheetId", sheetId);
		page.addObject("fiscalYearLabel", FiscalYears.display(data.fiscalYear(), data.fiscalYearLabel()));
		// import warnings are for staff; the public page (cached and shared without a session) never has them
		boolean staff = access.canSeeDrafts(access.signedIn());
		page.addObject("showWarnings", staff);
		page.addObject("warnings", staff ? store.warnings(sheetId) : java.util.List.of());
		page.addObject("fmt", SheetFormat.INSTANCE);
		return page;
	}

	private static Optional<UUID> parse(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			// UUID.fromString accepts shortened groups ("1-1-1-1-1"); only the canonical form names a sheet
			return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
