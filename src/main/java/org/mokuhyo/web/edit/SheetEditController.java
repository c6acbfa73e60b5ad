package org.mokuhyo.web.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.web.ErrorPages;
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
 * Editing a sheet's 基本情報 (補職・氏名), 使命 and 方針 (one per line), and its lists of annual goals and of mid-term
 * goals: add one, remove one, move one up or down (numbered 1..n again, ids kept). Plain forms with the version they
 * were opened on; a save made meanwhile by someone else answers 409 with that change shown and the submitted values
 * kept.
 */
@Controller
@RequestMapping("/sheets/{id}/edit")
class SheetEditController {

	private final SheetEditing editing;

	SheetEditController(SheetEditing editing) {
		this.editing = editing;
	}

	/** What the basics form holds, as typed. */
	record BasicsForm(String headTitle, String headName, String missions, String statement, String policyItems) {

		static BasicsForm of(SheetData sheet) {
			Department d = sheet.department();
			Policy p = sheet.policy();
			return new BasicsForm(d == null ? "" : orEmpty(d.headTitle()), d == null ? "" : orEmpty(d.headName()),
					String.join("\n", sheet.missions()), p == null ? "" : orEmpty(p.statement()),
					p == null ? "" : String.join("\n", p.items()));
		}

		SheetData applyTo(SheetData s) {
			Department d = new Department(s.department().name(), blankToNull(headTitle), blankToNull(headName));
			Policy p = new Policy(blankToNull(statement), lines(policyItems), s.policy() == null ? null : s.policy().summary());
			return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
					s.fiscalYearLabel(), d, lines(missions), p, s.annualGoals(), s.midTermGoals());
		}
	}

	@GetMapping({ "", "/basics" })
	ModelAndView basics(@PathVariable("id") String id) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		return page(opened, BasicsForm.of(opened.sheet()), opened.sheet().version(), SheetEditing.notEditableNote(opened),
				null, HttpStatus.OK);
	}

	@PostMapping("/basics")
	ModelAndView saveBasics(@PathVariable("id") String id, @RequestParam(name = "headTitle", required = false) String headTitle,
			@RequestParam(name = "headName", required = false) String headName,
			@RequestParam(name = "missions", required = false) String missions,
			@RequestParam(name = "statement", required = false) String statement,
			@RequestParam(name = "policyItems", required = false) String policyItems,
			@RequestParam(name = "baseVersion", required = false) String baseVersion, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		BasicsForm form = new BasicsForm(headTitle, headName, missions, statement, policyItems);
		Optional<Integer> base = SheetEditing.version(baseVersion);
		if (base.isEmpty()) {
			return page(opened, form, opened.sheet().version(), "フォームの版の指定が正しくありません。もう一度開き直してください。", null,
					HttpStatus.BAD_REQUEST);
		}
		String tooLong = EditLimits.firstTooLong("補職", headTitle, EditLimits.NAME, "氏名", headName, EditLimits.NAME,
				"部局の使命", missions, EditLimits.TEXT, "取り組み方針", statement, EditLimits.TEXT, "方針の項目", policyItems,
				EditLimits.TEXT);
		if (tooLong != null) {
			return page(opened, form, base.get(), tooLong, null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return save(opened, form.applyTo(opened.sheet()), base.get(), form, "基本情報・使命・方針を保存しました。", redirect);
	}

	/** 目標の追加: appended with the next number, then opened for its items. */
	@PostMapping("/goals")
	ModelAndView addGoal(@PathVariable("id") String id, @RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "baseVersion", required = false) String baseVersion, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		Optional<Integer> base = SheetEditing.version(baseVersion);
		if (title == null || title.isBlank() || base.isEmpty()) {
			return page(opened, BasicsForm.of(opened.sheet()), opened.sheet().version(),
					"追加する目標の名称を入力してください。", null, base.isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
		}
		String tooLong = EditLimits.tooLong("追加する目標の名称", title, EditLimits.TITLE);
		if (tooLong != null) {
			return page(opened, BasicsForm.of(opened.sheet()), opened.sheet().version(), tooLong, null,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		List<AnnualGoal> goals = new ArrayList<>(opened.sheet().annualGoals());
		goals.add(new AnnualGoal(null, goals.size() + 1, title.strip(), false, List.of(), List.of(), List.of(),
				Review.PENDING));
		return saveGoals(opened, goals, base.get(), "目標" + goals.size() + "を追加しました。", redirect);
	}

	@PostMapping("/goals/{number}/delete")
	ModelAndView deleteGoal(@PathVariable("id") String id, @PathVariable("number") int number,
			@RequestParam(name = "confirm", required = false) String confirm,
			@RequestParam(name = "baseVersion", required = false) String baseVersion, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		Optional<AnnualGoal> goal = opened.goal(number);
		if (goal.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		Optional<Integer> base = SheetEditing.version(baseVersion);
		if (confirm == null || base.isEmpty()) {
			return page(opened, BasicsForm.of(opened.sheet()), opened.sheet().version(),
					"目標" + number + "を削除するには、確認のチェックを入れてください。", null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		List<AnnualGoal> goals = new ArrayList<>(opened.sheet().annualGoals());
		goals.remove(goal.get());
		return saveGoals(opened, goals, base.get(), "目標" + number + "「" + goal.get().title() + "」を削除しました。", redirect);
	}

	@PostMapping("/goals/{number}/move")
	ModelAndView moveGoal(@PathVariable("id") String id, @PathVariable("number") int number,
			@RequestParam(name = "direction", required = false) String direction,
			@RequestParam(name = "baseVersion", required = false) String baseVersion, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		List<AnnualGoal> goals = new ArrayList<>(opened.sheet().annualGoals());
		int from = goals.indexOf(opened.goal(number).orElse(null));
		int to = target(from, direction);
		Optional<Integer> base = SheetEditing.version(baseVersion);
		if (from < 0 || to < 0 || to >= goals.size() || base.isEmpty()) {
			return page(opened, BasicsForm.of(opened.sheet()), opened.sheet().version(), "目標を移動できません。", null,
					HttpStatus.BAD_REQUEST);
		}
		goals.add(to, goals.remove(from));
		return saveGoals(opened, goals, base.get(), "目標" + number + "を目標" + (to + 1) + "に移動しました。", redirect);
	}

	/** 中期目標の追加: appended with the next number, without description or steps yet. */
	@PostMapping("/mid-term")
	ModelAndView addMidTerm(@PathVariable("id") String id, @RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "baseVersion", required = false) String baseVersion, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		Optional<Integer> base = SheetEditing.version(baseVersion);
		String error = title == null || title.isBlank() ? "追加する中期目標の名称を入力してください。"
				: EditLimits.tooLong("追加する中期目標の名称", title, EditLimits.TITLE);
		if (error != null || base.isEmpty()) {
			return page(opened, BasicsForm.of(opened.sheet()), opened.sheet().version(),
					error != null ? error : "フォームの版の指定が正しくありません。もう一度開き直してください。", null,
					base.isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
		}
		List<MidTermGoal> goals = new ArrayList<>(opened.sheet().midTermGoals());
		goals.add(new MidTermGoal(null, goals.size() + 1, title.strip(), null, List.of(), List.of(), List.of(), List.of()));
		return save(opened, SheetEditing.withMidTermGoals(opened.sheet(), goals), base.get(), null,
				"中期目標" + goals.size() + "を追加しました。", redirect);
	}

	@PostMapping("/mid-term/{number}/delete")
	ModelAndView deleteMidTerm(@PathVariable("id") String id, @PathVariable("number") int number,
			@RequestParam(name = "confirm", required = false) String confirm,
			@RequestParam(name = "baseVersion", required = false) String baseVersion, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		Optional<MidTermGoal> goal = opened.midTerm(number);
		if (goal.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		Optional<Integer> base = SheetEditing.version(baseVersion);
		if (confirm == null || base.isEmpty()) {
			return page(opened, BasicsForm.of(opened.sheet()), opened.sheet().version(),
					"中期目標" + number + "を削除するには、確認のチェックを入れてください。", null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		List<MidTermGoal> goals = new ArrayList<>(opened.sheet().midTermGoals());
		goals.remove(goal.get());
		String title = goal.get().title() == null ? "" : "「" + goal.get().title() + "」";
		return save(opened, SheetEditing.withMidTermGoals(opened.sheet(), goals), base.get(), null,
				"中期目標" + number + title + "を削除しました。", redirect);
	}

	@PostMapping("/mid-term/{number}/move")
	ModelAndView moveMidTerm(@PathVariable("id") String id, @PathVariable("number") int number,
			@RequestParam(name = "direction", required = false) String direction,
			@RequestParam(name = "baseVersion", required = false) String baseVersion, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		List<MidTermGoal> goals = new ArrayList<>(opened.sheet().midTermGoals());
		int from = goals.indexOf(opened.midTerm(number).orElse(null));
		int to = target(from, direction);
		Optional<Integer> base = SheetEditing.version(baseVersion);
		if (from < 0 || to < 0 || to >= goals.size() || base.isEmpty()) {
			return page(opened, BasicsForm.of(opened.sheet()), opened.sheet().version(), "中期目標を移動できません。", null,
					HttpStatus.BAD_REQUEST);
		}
		goals.add(to, goals.remove(from));
		return save(opened, SheetEditing.withMidTermGoals(opened.sheet(), goals), base.get(), null,
				"中期目標" + number + "を中期目標" + (to + 1) + "に移動しました。", redirect);
	}

	/** Where a goal at {@code from} moves: one up or down; -1 for no such direction. */
	private static int target(int from, String direction) {
		return "up".equals(direction) ? from - 1 : "down".equals(direction) ? from + 1 : -1;
	}

	private ModelAndView saveGoals(SheetEditing.Opened opened, List<AnnualGoal> goals, int base, String message,
			RedirectAttributes redirect) {
		// no basics typed: on a conflict the basics form shows the current version's, not the stale ones
		return save(opened, SheetEditing.withGoals(opened.sheet(), goals), base, null, message, redirect);
	}

	private ModelAndView save(SheetEditing.Opened opened, SheetData changed, int base, BasicsForm form, String message,
			RedirectAttributes redirect) {
		SheetEditing.Saved saved = editing.save(opened, changed, base);
		if (saved.conflict() != null) {
			// the form keeps what was typed and takes the current version as its base: saving again merges by hand
			SheetEditing.Opened now = editing.open(opened.id().toString());
			return page(now, form != null ? form : BasicsForm.of(now.sheet()), saved.conflict().currentVersion(), null,
					saved.conflict(), HttpStatus.CONFLICT);
		}
		if (saved.refusal() != null) {
			return page(opened, form != null ? form : BasicsForm.of(opened.sheet()), base, saved.refusal(), null,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("editMessage", saved.saved().changed() ? message : "変更はありませんでした。");
		return new ModelAndView("redirect:/sheets/" + opened.id() + "/edit/basics");
	}

	private ModelAndView page(SheetEditing.Opened opened, BasicsForm form, int baseVersion, String error,
			SheetEditing.Conflict conflict, HttpStatus status) {
		SheetData sheet = opened.sheet();
		ModelAndView page = new ModelAndView("web/edit/basics");
		page.addObject("sheet", sheet);
		page.addObject("sheetId", opened.id());
		page.addObject("fiscalYearLabel", FiscalYearLabels.display(sheet.fiscalYear(), sheet.fiscalYearLabel()));
		page.addObject("form", form);
		page.addObject("baseVersion", baseVersion);
		page.addObject("editError", error);
		page.addObject("conflict", conflict);
		page.setStatus(status);
		return page;
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
