package org.mokuhyo.web.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.EraFormat;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.web.SheetIds;
import org.mokuhyo.workflow.Hearing;
import org.mokuhyo.workflow.NextYear;
import org.mokuhyo.workflow.Phase;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.StepRefusedException;
import org.mokuhyo.workflow.Workflows;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cycle of one sheet for staff (手続きと記録): where it stands, the steps the signed-in user may take now
 * (each a small form with a comment), the hearing form for the mayor's office, and the record of steps and
 * hearings. Who may do what is decided by {@link Workflows}; this page only offers and forwards.
 */
@Controller
class SheetWorkflowController {

	private final SheetStore store;

	private final Workflows workflows;

	private final Access access;

	private final Clock clock;

	private final NextYear nextYear;

	SheetWorkflowController(SheetStore store, Workflows workflows, Access access, Clock clock, NextYear nextYear) {
		this.store = store;
		this.nextYear = nextYear;
		this.workflows = workflows;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/sheets/{id}/workflow")
	ModelAndView page(@PathVariable("id") String id) {
		return SheetIds.parse(id).map(sheetId -> page(sheetId, null, HttpStatus.OK)).orElseGet(ErrorPages::sheetNotFound);
	}

	@PostMapping("/sheets/{id}/steps")
	ModelAndView step(@PathVariable("id") String id, @RequestParam(name = "step", required = false) String stepName,
			@RequestParam(name = "comment", required = false) String comment,
			@RequestParam(name = "asOf", required = false) String asOf, RedirectAttributes redirect) {
		Optional<UUID> sheetId = SheetIds.parse(id).filter(this::staffOfSheet);
		if (sheetId.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		Step step;
		LocalDate asOfDate;
		try {
			step = Step.valueOf(stepName == null ? "" : stepName);
			asOfDate = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return page(sheetId.get(), "手続きの指定または作成基準日が正しくありません。", HttpStatus.BAD_REQUEST);
		}
		if (step == Step.EDIT || step == Step.IMPORT_PUBLISHED || step == Step.RECORD_HEARING) {
			return page(sheetId.get(), "この手続きはこの画面からは行えません。", HttpStatus.BAD_REQUEST);
		}
		org.mokuhyo.workflow.SheetWorkflow after;
		try {
			after = workflows.take(sheetId.get(), step, access.signedIn(), comment, asOfDate);
		}
		catch (StepRefusedException ex) {
			return page(sheetId.get(), ex.getMessage(), status(ex));
		}
		redirect.addFlashAttribute("workflowMessage", step.labelIn(after.phase()) + "を行いました。");
		return new ModelAndView("redirect:/sheets/" + sheetId.get() + "/workflow");
	}

	/** 次年度の作成: the sheet copied into the next fiscal year as a draft, opened at once. */
	@PostMapping("/sheets/{id}/next-year")
	ModelAndView startNextYear(@PathVariable("id") String id, RedirectAttributes redirect) {
		Optional<UUID> sheetId = SheetIds.parse(id).filter(this::staffOfSheet);
		if (sheetId.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		UUID created;
		try {
			created = nextYear.start(sheetId.get(), access.signedIn());
		}
		catch (StepRefusedException ex) {
			return page(sheetId.get(), ex.getMessage(), status(ex));
		}
		redirect.addFlashAttribute("importMessage",
				"次年度のシートを下書きとして作成しました。各目標の下に前年度の「課題・今後の方向性」を表示しています。");
		return new ModelAndView("redirect:/sheets/" + created);
	}

	@PostMapping("/sheets/{id}/hearings")
	ModelAndView hearing(@PathVariable("id") String id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Optional<UUID> sheetId = SheetIds.parse(id).filter(this::staffOfSheet);
		Optional<SheetData> sheet = sheetId.flatMap(store::find);
		if (sheet.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		LocalDate heldOn;
		try {
			String date = form.getOrDefault("heldOn", "").strip();
			heldOn = date.isEmpty() ? null : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			return page(sheetId.get(), "実施日は 2024-02-20 の形で入力してください。", HttpStatus.BAD_REQUEST);
		}
		List<Hearing.GoalComment> comments = new ArrayList<>();
		for (AnnualGoal goal : sheet.get().annualGoals()) {
			String text = form.getOrDefault("goal-" + goal.id(), "").strip();
			if (!text.isEmpty()) {
				comments.add(new Hearing.GoalComment(goal.id(), goal.number(), goal.title(), text));
			}
		}
		try {
			workflows.recordHearing(sheetId.get(), new Hearing(null, 0, heldOn, form.get("participants"),
					form.get("comment"), comments, null, null), access.signedIn());
		}
		catch (StepRefusedException ex) {
			return page(sheetId.get(), ex.getMessage(), status(ex));
		}
		redirect.addFlashAttribute("workflowMessage", "ヒアリングを記録しました。");
		return new ModelAndView("redirect:/sheets/" + sheetId.get() + "/workflow");
	}

	// staff of another municipality are the public here: no steps, and the sheet is not known to them
	private boolean staffOfSheet(UUID sheetId) {
		return access.canSeeDraftsOfSheet(access.signedIn(), sheetId);
	}

	private ModelAndView page(UUID sheetId, String error, HttpStatus status) {
		CurrentUser user = access.signedIn();
		Optional<SheetData> sheet = access.canSeeDraftsOfSheet(user, sheetId) ? store.find(sheetId) : Optional.empty();
		Optional<org.mokuhyo.workflow.SheetWorkflow> state = workflows.state(sheetId);
		if (sheet.isEmpty() || state.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		SheetData data = sheet.get();
		List<Step> steps = workflows.stepsFor(user, sheetId);
		ModelAndView page = new ModelAndView("web/cycle/workflow");
		page.addObject("sheet", data);
		page.addObject("sheetId", sheetId);
		page.addObject("fiscalYearLabel", FiscalYearLabels.display(data.fiscalYear(), data.fiscalYearLabel()));
		page.addObject("state", state.get());
		page.addObject("steps", steps.stream().filter(s -> s != Step.RECORD_HEARING).toList());
		page.addObject("canRecordHearing", steps.contains(Step.RECORD_HEARING));
		page.addObject("canStartNextYear", workflows.mayEdit(user, sheetId));
		page.addObject("canEdit", workflows.mayEdit(user, sheetId) && state.get().status().editable());
		page.addObject("nextYearLabel", FiscalYearLabels.display(data.fiscalYear() + 1, Era.fiscalYearLabel(data.fiscalYear() + 1)));
		page.addObject("history", workflows.steps(sheetId));
		page.addObject("hearings", workflows.hearings(sheetId));
		page.addObject("publication", workflows.publication(sheetId).map(p -> Era.dateLabel(p.asOf())).orElse(null));
		page.addObject("today", LocalDate.now(clock));
		// 作成基準日: the city publishes its sheets as of April 1 of the fiscal year; a review, as of its publication
		page.addObject("defaultAsOf", state.get().phase() == Phase.REVIEW ? LocalDate.now(clock)
				: LocalDate.of(data.fiscalYear(), 4, 1));
		page.addObject("era", EraFormat.INSTANCE);
		page.addObject("workflowError", error);
		page.setStatus(status);
		return page;
	}

	private static HttpStatus status(StepRefusedException ex) {
		return switch (ex.code()) {
			case "FORBIDDEN" -> HttpStatus.FORBIDDEN;
			case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
			case "EXISTS" -> HttpStatus.CONFLICT;
			case "INVALID_HEARING" -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.CONFLICT;
		};
	}

}
