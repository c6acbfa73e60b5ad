package org.mokuhyo.web.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.Quarter;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.web.Crumb;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.web.PageText;
import org.mokuhyo.web.sheet.ReadableSheets;
import org.mokuhyo.workflow.Workflows;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * One sheet's dashboard: its fiscal year as a timeline of the actions' schedules, its targets against the actual
 * values reported each quarter, and the statuses of each goal's actions in the latest quarter reported. Read like the
 * sheet page: staff see the current version (a draft too), the public the published version only (404 for a sheet
 * never published). Citizens follow the progress of what was published: the statuses and actual values of its
 * actions, never the reports' comments or who wrote them.
 */
@Controller
class DashboardSheetController {

	private final ReadableSheets sheets;

	private final Workflows workflows;

	private final Progresses progresses;

	private final PageText text;

	DashboardSheetController(ReadableSheets sheets, Workflows workflows, Progresses progresses, PageText text) {
		this.text = text;
		this.sheets = sheets;
		this.workflows = workflows;
		this.progresses = progresses;
	}

	@GetMapping("/sheets/{id}/dashboard")
	ModelAndView dashboard(@PathVariable("id") String id) {
		Optional<ReadableSheets.Read> read = sheets.find(id);
		if (read.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		UUID sheetId = read.get().id();
		boolean staff = read.get().staff();
		SheetData sheet = read.get().sheet();
		// progress is keyed by the actions' ids, which a version keeps: the shown version's actions pick theirs
		Map<Integer, Map<UUID, ActionProgress>> byQuarter = new LinkedHashMap<>();
		for (int q = 1; q <= DashboardTargets.QUARTERS; q++) {
			byQuarter.put(q, progresses.of(sheetId, q));
		}
		List<PageText.Part> title = text.mixed("dashboard.sheet.title",
				text.year(sheet.fiscalYear(), sheet.fiscalYearLabel()),
				PageText.content(sheet.department() == null ? "" : sheet.department().name()));
		ModelAndView page = new ModelAndView("web/dashboard/sheet");
		page.addObject("crumbs", List.of(new Crumb(text.get("nav.list"), "/"),
				new Crumb(title, "/sheets/" + sheetId), Crumb.here(text.get("nav.dashboard"))));
		page.addObject("sheet", sheet);
		page.addObject("sheetId", sheetId);
		page.addObject("sheetTitle", PageText.text(title));
		page.addObject("sheetTitleParts", title);
		page.addObject("fmt", new DashboardFormat(text));
		page.addObject("state", staff ? workflows.state(sheetId).orElse(null) : null);
		page.addObject("months", DashboardTimeline.MONTHS);
		page.addObject("timeline", DashboardTimeline.of(sheet));
		page.addObject("quarters", List.of(1, 2, 3, 4).stream().map(q -> new Quarter(sheet.fiscalYear(), q)).toList());
		page.addObject("targets", DashboardTargets.of(sheet, byQuarter));
		page.addObject("mix", DashboardStatusMix.of(sheet, byQuarter));
		return page;
	}
}
