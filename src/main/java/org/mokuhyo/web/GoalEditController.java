package org.mokuhyo.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mokuhyo.importer.GoalNotation;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.plan.BasicPolicy;
import org.mokuhyo.plan.PlanCatalog;
import org.mokuhyo.plan.PlanNode;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;
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
 * municipality's lists. The review (実績・課題) is kept as it is.
 */
@Controller
@RequestMapping("/sheets/{id}/edit/goals/{number}")
class GoalEditController {

	private final SheetEditing editing;

	private final Organizations organizations;

	private final PlanCatalog catalog;

	GoalEditController(SheetEditing editing, Organizations organizations, PlanCatalog catalog) {
		this.editing = editing;
		this.organizations = organizations;
		this.catalog = catalog;
	}

	/** What the goal form holds, as typed. */
	record GoalForm(String title, boolean priority, String items, List<String> planCodes, List<Integer> policyNumbers) {

		static GoalForm of(AnnualGoal goal) {
			return new GoalForm(goal.title(), goal.priority(), GoalNotation.render(goal.items()),
					goal.planLinks().stream().map(PlanLink::code).toList(),
					goal.policyLinks().stream().map(PolicyLink::number).toList());
		}
	}

	/** One choice of a link list: the code or number, its words, and whether the goal links to it. */
	record Choice(String value, String label, boolean checked) {
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
			@RequestParam(name = "baseVersion", required = false) String baseVersion, RedirectAttributes redirect) {
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
		if (form.title().isBlank()) {
			return page(opened, goal.get(), form, base.get(), "目標の名称を入力してください。", null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		GoalNotation.Parsed parsed = GoalNotation.parse(form.items(), goal.get().items());
		if (!parsed.ok()) {
			return page(opened, goal.get(), form, base.get(), "取組み事項・取組み内容の " + parsed.error(), null,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		Links links = links(opened.sheet(), goal.get());
		List<PlanLink> planLinks = new ArrayList<>();
		for (String code : form.planCodes()) {
			if (!links.plans().containsKey(code)) {
				return page(opened, goal.get(), form, base.get(), "総合計画の選択が正しくありません。", null, HttpStatus.BAD_REQUEST);
			}
			planLinks.add(new PlanLink(code, links.plans().get(code)));
		}
		List<PolicyLink> policyLinks = new ArrayList<>();
		for (Integer n : form.policyNumbers()) {
			if (!links.policies().containsKey(n)) {
				return page(opened, goal.get(), form, base.get(), "基本政策の選択が正しくありません。", null, HttpStatus.BAD_REQUEST);
			}
			policyLinks.add(new PolicyLink(n, links.policies().get(n)));
		}
		AnnualGoal g = goal.get();
		AnnualGoal edited = new AnnualGoal(g.id(), g.number(), form.title().strip(), form.priority(), parsed.items(),
				planLinks, policyLinks, g.review());
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

	/** The municipality's lists, with any link of the goal the lists lack (so saving unchanged loses nothing). */
	private record Links(Map<String, String> plans, Map<Integer, String> policies) {
	}

	private Links links(SheetData sheet, AnnualGoal goal) {
		Map<String, String> plans = new LinkedHashMap<>();
		Map<Integer, String> policies = new LinkedHashMap<>();
		Optional<Long> municipality = organizations.findMunicipality(sheet.municipality()).map(MunicipalityRef::id);
		if (municipality.isPresent()) {
			for (PlanNode node : catalog.nodes(municipality.get())) {
				plans.put(node.code(), node.text());
			}
			for (BasicPolicy policy : catalog.policies(municipality.get())) {
				policies.put(policy.number(), policy.title());
			}
		}
		goal.planLinks().forEach(l -> plans.putIfAbsent(l.code(), l.text()));
		goal.policyLinks().forEach(l -> policies.putIfAbsent(l.number(), l.title()));
		return new Links(plans, policies);
	}

	private ModelAndView page(SheetEditing.Opened opened, AnnualGoal goal, GoalForm form, int baseVersion, String error,
			SheetEditing.Conflict conflict, HttpStatus status) {
		SheetData sheet = opened.sheet();
		Links links = links(sheet, goal);
		ModelAndView page = new ModelAndView("web/edit-goal");
		page.addObject("sheet", sheet);
		page.addObject("sheetId", opened.id());
		page.addObject("fiscalYearLabel", FiscalYears.display(sheet.fiscalYear(), sheet.fiscalYearLabel()));
		page.addObject("goal", goal);
		page.addObject("form", form);
		page.addObject("planChoices", links.plans()
			.entrySet()
			.stream()
			.map(e -> new Choice(e.getKey(), e.getValue() == null ? e.getKey() : e.getKey() + " " + e.getValue(),
					form.planCodes().contains(e.getKey())))
			.toList());
		page.addObject("policyChoices", links.policies()
			.entrySet()
			.stream()
			.map(e -> new Choice(e.getKey().toString(), e.getKey() + " " + (e.getValue() == null ? "" : e.getValue()),
					form.policyNumbers().contains(e.getKey())))
			.toList());
		page.addObject("baseVersion", baseVersion);
		page.addObject("editError", error);
		page.addObject("conflict", conflict);
		page.setStatus(status);
		return page;
	}
}
