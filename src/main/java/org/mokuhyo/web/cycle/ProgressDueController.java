package org.mokuhyo.web.cycle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.progress.DueUpdate;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.Quarter;
import org.mokuhyo.web.EraFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * 進捗報告の状況: the signed-in user's departments' sheets (administrators: every department's) with how many actions
 * lack an update for the quarter now open, and by when; late ones marked.
 */
@Controller
class ProgressDueController {

	private final Progresses progresses;

	private final Access access;

	ProgressDueController(Progresses progresses, Access access) {
		this.progresses = progresses;
		this.access = access;
	}

	@GetMapping("/progress/due")
	ModelAndView due() {
		CurrentUser user = access.signedIn();
		LocalDate today = progresses.today();
		List<DueUpdate> due = access.canSeeDrafts(user) ? progresses.due(user, today) : List.of();
		Map<Integer, String> years = new HashMap<>();
		due.forEach(d -> years.computeIfAbsent(d.fiscalYear(), FiscalYearLabels::display));
		ModelAndView page = new ModelAndView("web/cycle/progress-due");
		page.addObject("due", due);
		page.addObject("years", years);
		page.addObject("all", access.isAdmin(user));
		page.addObject("today", today);
		page.addObject("currentQuarter", Quarter.of(today)); // not "current": the layout's parameter
		page.addObject("era", EraFormat.INSTANCE);
		return page;
	}
}
