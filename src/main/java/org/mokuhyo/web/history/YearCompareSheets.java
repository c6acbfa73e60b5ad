package org.mokuhyo.web.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.stereotype.Component;

/**
 * The sheets a year-over-year comparison may read in a municipality: their published versions (what the public
 * reads), or for staff who ask, their current versions, drafts included.
 */
@Component
class YearCompareSheets {

	/** One department's sheet of one fiscal year, and the version to read. */
	record Available(UUID sheetId, String department, int fiscalYear, int version) {
	}

	private final SheetStore store;

	private final Workflows workflows;

	YearCompareSheets(SheetStore store, Workflows workflows) {
		this.store = store;
		this.workflows = workflows;
	}

	/** Newest fiscal year first, then by department. */
	List<Available> list(String municipality, boolean current) {
		if (municipality == null) {
			return List.of();
		}
		return (current ? store.list(null, null) : workflows.publishedSheets(null, null)).stream()
			.filter(s -> municipality.equals(s.municipality()))
			.map(s -> new Available(s.id(), s.department(), s.fiscalYear(), s.version()))
			.toList();
	}

	/** The version listed; for the current one, whatever is current now (a save may have come since the list). */
	Optional<SheetData> read(Available sheet, boolean current) {
		return current ? store.find(sheet.sheetId()) : store.snapshot(sheet.sheetId(), sheet.version());
	}
}
