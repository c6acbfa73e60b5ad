package org.mokuhyo.web.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mokuhyo.importer.GoalNotation;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.web.sheet.SheetFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing one annual goal: its title, 重点, its items, actions and sub-points as one text in the sheet's own notation
 * ({@link GoalNotation}, read as an import reads it), and its links to 総合計画 nodes and 基本政策 chosen from the
 * municipality's lists. The review (実績・課題) is kept as it is. The page shows what the text reads as
 * ({@link NotationPreview}): after 「プレビュー」 (a post that saves nothing) and, with JavaScript, as the person types.
 */
@Controller
@RequestMapping("/sheets/{id}/edit/goals/{number}")
class GoalEditController {

	private final SheetEditing editing;

	private final LinkChoices linkChoices;

	GoalEditController(SheetEditing editing, LinkChoices linkChoices) {
		this.editing = editing;
		this.linkChoices = linkChoices;
	}

	/** What the goal form holds, as typed. */
	record GoalForm(String title, boolean priority, String items, List<String> planCodes, List<Integer> policyNumbers) {

		static GoalForm of(AnnualGoal goal) {
			return new GoalForm(goal.title(), goal.priority(), GoalNotation.render(goal.items()),
					goal.planLinks().stream().map(PlanLink::code).toList(),
					goal.policyLinks().stream().map(PolicyLink::number).toList());
		}
	}

	@GetMapping
	ModelAndView form(@PathVariable("id") String id, @PathVariable("number") int number) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		Optional<AnnualGoal> goal = opened.goal(number);
		if (goal.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		return page(opened, goal.get(), GoalForm.of(goal.get()), opened.sheet().version(),
				SheetEditing.notEditableNote(opened), null, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView save(@PathVariable("id") String id, @PathVariable("number") int number,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "priority", required = false) String priority,
			@RequestParam(name = "items", required = false) String items,
			@RequestParam(name = "planLink", required = false) List<String> planCodes,
			@RequestParam(name = "policyLink", required = false) List<Integer> policyNumbers,
			@RequestParam(name = "baseVersion", required = false) String baseVersion,
			@RequestParam(name = "preview", required = false) String preview, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		Optional<AnnualGoal> goal = opened.goal(number);
		if (goal.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		GoalForm form = new GoalForm(title == null ? "" : title, priority != null, items == null ? "" : items,
				planCodes == null ? List.of() : planCodes, policyNumbers == null ? List.of() : policyNumbers);
		Optional<Integer> base = SheetEditing.version(baseVersion);
		if (base.isEmpty()) {
			return page(opened, goal.get(), form, opened.sheet().version(), "フォームの版の指定が正しくありません。もう一度開き直してください。",
					null, HttpStatus.BAD_REQUEST);
		}
		if (preview != null) {
			// 「プレビュー」 without JavaScript: the same page with what the text reads as; nothing is saved
			return page(opened, goal.get(), form, base.get(), SheetEditing.notEditableNote(opened), null, HttpStatus.OK);
		}
		if (form.title().isBlank()) {
			return page(opened, goal.get(), form, base.get(), "目標の名称を入力してください。", null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		String tooLong = EditLimits.firstTooLong("目標の名称", form.title(), EditLimits.TITLE, "取組み事項・取組み内容",
				form.items(), EditLimits.TEXT);
		if (tooLong != null) {
			return page(opened, goal.get(), form, base.get(), tooLong, null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		GoalNotation.Parsed parsed = GoalNotation.parse(form.items(), goal.get().items());
		if (!parsed.ok()) {
			return page(opened, goal.get(), form, base.get(), "取組み事項・取組み内容の " + parsed.error(), null,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		LinkChoices.Links links = linkChoices.of(opened.sheet(), goal.get().planLinks(), goal.get().policyLinks());
		Optional<List<PlanLink>> planLinks = links.planLinks(form.planCodes());
		if (planLinks.isEmpty()) {
			return page(opened, goal.get(), form, base.get(), "総合計画の選択が正しくありません。", null, HttpStatus.BAD_REQUEST);
		}
		Optional<List<PolicyLink>> policyLinks = links.policyLinks(form.policyNumbers());
		if (policyLinks.isEmpty()) {
			return page(opened, goal.get(), form, base.get(), "基本政策の選択が正しくありません。", null, HttpStatus.BAD_REQUEST);
		}
		AnnualGoal g = goal.get();
		AnnualGoal edited = new AnnualGoal(g.id(), g.number(), form.title().strip(), form.priority(), parsed.items(),
				planLinks.get(), policyLinks.get(), g.review());
		List<AnnualGoal> goals = new ArrayList<>(opened.sheet().annualGoals());
		goals.set(goals.indexOf(g), edited);
		SheetData changed = SheetEditing.withGoals(opened.sheet(), goals);

		SheetEditing.Saved saved = editing.save(opened, changed, base.get());
		if (saved.conflict() != null) {
			SheetEditing.Opened now = editing.open(id);
			AnnualGoal current = now.goal(number).orElse(g);
			return page(now, current, form, saved.conflict().currentVersion(), null, saved.conflict(), HttpStatus.CONFLICT);
		}
		if (saved.refusal() != null) {
			return page(opened, g, form, base.get(), saved.refusal(), null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("editMessage",
				saved.saved().changed() ? "目標" + number + "を保存しました。" : "変更はありませんでした。");
		return new ModelAndView("redirect:/sheets/" + opened.id() + "/edit/goals/" + number);
	}

	/** The preview alone, for htmx as the person types: what the text reads as, nothing saved. */
	@PostMapping("/preview")
	ModelAndView preview(@PathVariable("id") String id, @PathVariable("number") int number,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "items", required = false) String items) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		Optional<AnnualGoal> goal = opened.goal(number);
		if (goal.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		ModelAndView fragment = new ModelAndView("web/edit/preview :: goal");
		fragment.addObject("preview", NotationPreview.goal(title, items, goal.get().items()));
		fragment.addObject("fmt", SheetFormat.INSTANCE);
		return fragment;
	}

	private ModelAndView page(SheetEditing.Opened opened, AnnualGoal goal, GoalForm form, int baseVersion, String error,
			SheetEditing.Conflict conflict, HttpStatus status) {
		SheetData sheet = opened.sheet();
		LinkChoices.Links links = linkChoices.of(sheet, goal.planLinks(), goal.policyLinks());
		ModelAndView page = new ModelAndView("web/edit/goal");
		page.addObject("sheet", sheet);
		page.addObject("sheetId", opened.id());
		page.addObject("fiscalYearLabel", FiscalYearLabels.display(sheet.fiscalYear(), sheet.fiscalYearLabel()));
		page.addObject("goal", goal);
		page.addObject("form", form);
		page.addObject("planChoices", links.planChoices(form.planCodes()));
		page.addObject("policyChoices", links.policyChoices(form.policyNumbers()));
		page.addObject("preview", NotationPreview.goal(form.title(), form.items(), goal.items()));
		page.addObject("scheduleWords", NotationWords.schedules());
		page.addObject("tagWords", NotationWords.tags());
		page.addObject("fmt", SheetFormat.INSTANCE);
		page.addObject("baseVersion", baseVersion);
		page.addObject("editError", error);
		page.addObject("conflict", conflict);
		page.setStatus(status);
		return page;
	}
}
