package org.mokuhyo.web.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mokuhyo.importer.MidTermNotation;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
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
 * Editing one 中期目標: its title, its description (課題・めざす成果) and steps (スケジュール(工程)) each as one text in
 * the sheet's own notation ({@link MidTermNotation}, read as an import reads those cells), and its links chosen from
 * the municipality's lists. A step whose 年度 cannot be read is saved as written (nothing typed is lost) and shown as
 * a warning in the preview, which the page shows after 「プレビュー」 and, with JavaScript, as the person types.
 */
@Controller
@RequestMapping("/sheets/{id}/edit/mid-term/{number}")
class MidTermEditController {

	private final SheetEditing editing;

	private final LinkChoices linkChoices;

	MidTermEditController(SheetEditing editing, LinkChoices linkChoices) {
		this.editing = editing;
		this.linkChoices = linkChoices;
	}

	/** What the mid-term form holds, as typed. */
	record MidTermForm(String title, String description, String steps, List<String> planCodes,
			List<Integer> policyNumbers) {

		static MidTermForm of(MidTermGoal goal) {
			return new MidTermForm(goal.title() == null ? "" : goal.title(),
					MidTermNotation.renderDescription(goal.descriptionItems(), goal.description()),
					MidTermNotation.renderSteps(goal.steps()), goal.planLinks().stream().map(PlanLink::code).toList(),
					goal.policyLinks().stream().map(PolicyLink::number).toList());
		}
	}

	@GetMapping
	ModelAndView form(@PathVariable("id") String id, @PathVariable("number") int number) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		Optional<MidTermGoal> goal = opened.midTerm(number);
		if (goal.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		return page(opened, goal.get(), MidTermForm.of(goal.get()), opened.sheet().version(),
				SheetEditing.notEditableNote(opened), null, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView save(@PathVariable("id") String id, @PathVariable("number") int number,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "description", required = false) String description,
			@RequestParam(name = "steps", required = false) String steps,
			@RequestParam(name = "planLink", required = false) List<String> planCodes,
			@RequestParam(name = "policyLink", required = false) List<Integer> policyNumbers,
			@RequestParam(name = "baseVersion", required = false) String baseVersion,
			@RequestParam(name = "preview", required = false) String preview, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		Optional<MidTermGoal> goal = opened.midTerm(number);
		if (goal.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		MidTermForm form = new MidTermForm(title == null ? "" : title, description == null ? "" : description,
				steps == null ? "" : steps, planCodes == null ? List.of() : planCodes,
				policyNumbers == null ? List.of() : policyNumbers);
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
			return page(opened, goal.get(), form, base.get(), "中期目標の名称を入力してください。", null,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		String tooLong = EditLimits.firstTooLong("中期目標の名称", form.title(), EditLimits.TITLE, "取組みにあたっての課題・めざす成果",
				form.description(), EditLimits.TEXT, "スケジュール(工程)", form.steps(), EditLimits.TEXT);
		if (tooLong != null) {
			return page(opened, goal.get(), form, base.get(), tooLong, null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		MidTermGoal g = goal.get();
		LinkChoices.Links links = linkChoices.of(opened.sheet(), g.planLinks(), g.policyLinks());
		Optional<List<PlanLink>> planLinks = links.planLinks(form.planCodes());
		if (planLinks.isEmpty()) {
			return page(opened, g, form, base.get(), "総合計画の選択が正しくありません。", null, HttpStatus.BAD_REQUEST);
		}
		Optional<List<PolicyLink>> policyLinks = links.policyLinks(form.policyNumbers());
		if (policyLinks.isEmpty()) {
			return page(opened, g, form, base.get(), "基本政策の選択が正しくありません。", null, HttpStatus.BAD_REQUEST);
		}
		List<DescriptionItem> items = MidTermNotation.parseDescription(form.description());
		// the description text as stored where its items are unchanged (an import may have joined it otherwise)
		String descriptionText = items.equals(g.descriptionItems()) && !items.isEmpty() ? g.description()
				: MidTermNotation.descriptionText(items);
		List<MidTermStep> parsedSteps = MidTermNotation.parseSteps(form.steps()).steps();
		MidTermGoal edited = new MidTermGoal(g.id(), g.number(), form.title().strip(), descriptionText, items,
				parsedSteps, planLinks.get(), policyLinks.get());
		List<MidTermGoal> goals = new ArrayList<>(opened.sheet().midTermGoals());
		goals.set(goals.indexOf(g), edited);
		SheetData changed = SheetEditing.withMidTermGoals(opened.sheet(), goals);

		SheetEditing.Saved saved = editing.save(opened, changed, base.get());
		if (saved.conflict() != null) {
			SheetEditing.Opened now = editing.open(id);
			MidTermGoal current = now.midTerm(number).orElse(g);
			return page(now, current, form, saved.conflict().currentVersion(), null, saved.conflict(), HttpStatus.CONFLICT);
		}
		if (saved.refusal() != null) {
			return page(opened, g, form, base.get(), saved.refusal(), null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("editMessage",
				saved.saved().changed() ? "中期目標" + number + "を保存しました。" : "変更はありませんでした。");
		return new ModelAndView("redirect:/sheets/" + opened.id() + "/edit/mid-term/" + number);
	}

	/** The preview alone, for htmx as the person types: what the texts read as, nothing saved. */
	@PostMapping("/preview")
	ModelAndView preview(@PathVariable("id") String id, @PathVariable("number") int number,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "description", required = false) String description,
			@RequestParam(name = "steps", required = false) String steps) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		if (opened.midTerm(number).isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		ModelAndView fragment = new ModelAndView("web/edit/preview :: midTerm");
		fragment.addObject("preview", NotationPreview.midTerm(title, description, steps));
		fragment.addObject("fmt", SheetFormat.INSTANCE);
		return fragment;
	}

	private ModelAndView page(SheetEditing.Opened opened, MidTermGoal goal, MidTermForm form, int baseVersion,
			String error, SheetEditing.Conflict conflict, HttpStatus status) {
		SheetData sheet = opened.sheet();
		LinkChoices.Links links = linkChoices.of(sheet, goal.planLinks(), goal.policyLinks());
		ModelAndView page = new ModelAndView("web/edit/mid-term");
		page.addObject("sheet", sheet);
		page.addObject("sheetId", opened.id());
		page.addObject("fiscalYearLabel", FiscalYearLabels.display(sheet.fiscalYear(), sheet.fiscalYearLabel()));
		page.addObject("goal", goal);
		page.addObject("form", form);
		page.addObject("planChoices", links.planChoices(form.planCodes()));
		page.addObject("policyChoices", links.policyChoices(form.policyNumbers()));
		page.addObject("preview", NotationPreview.midTerm(form.title(), form.description(), form.steps()));
		page.addObject("spanWords", NotationWords.spans(sheet.fiscalYear()));
		page.addObject("fmt", SheetFormat.INSTANCE);
		page.addObject("baseVersion", baseVersion);
		page.addObject("editError", error);
		page.addObject("conflict", conflict);
		page.setStatus(status);
		return page;
	}
}
