package org.mokuhyo.web;

import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * One sheet, laid out like the official 部局長の目標, with the warnings of its import.
 */
@Controller
class SheetPageController {

	private final SheetStore store;

	SheetPageController(SheetStore store) {
		this.store = store;
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
		page.addObject("warnings", store.warnings(sheetId));
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
