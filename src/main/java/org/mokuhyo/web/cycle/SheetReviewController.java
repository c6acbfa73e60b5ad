package org.mokuhyo.web.cycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.RollUp;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.web.edit.SheetEditing;
import org.mokuhyo.workflow.Phase;
import org.mokuhyo.workflow.SheetWorkflow;
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
 * 振り返り: the year-end review of a published sheet, written from the fourth quarter: per goal 実績 and
 * 課題・今後の方向性, and the policy's 総括. The review is opened on the published plan (振り返りの開始), then saved
 * like any edit (a version from the form's base version; a save made meanwhile gives the 409 conflict page) and goes
 * through its own submit → approve → publish steps on the workflow page.
 */
@Controller
class SheetReviewController {

	/** Longer than any review in the city's sheets, short enough to keep a sheet printable. */
	static final int MAX_LENGTH = 4000;

	private final SheetEditing editing;

	private final Workflows workflows;

	private final Progresses progresses;

	private final Access access;

	SheetReviewController(SheetEditing editing, Workflows workflows, Progresses progresses, Access access) {
		this.editing = editing;
		this.workflows = workflows;
		this.progresses = progresses;
		this.access = access;
	}

	/** What the form holds, as typed: by goal id the 実績 and the 課題, and the 総括. */
	record ReviewForm(Map<UUID, String> results, Map<UUID, String> issues, String summary) {

		static ReviewForm of(SheetData sheet) {
			Map<UUID, String> results = new HashMap<>();
			Map<UUID, String> issues = new HashMap<>();
			for (AnnualGoal goal : sheet.annualGoals()) {
				Review r = goal.review() == null ? Review.PENDING : goal.review();
				results.put(goal.id(), r.results() == null ? "" : r.results());
				issues.put(goal.id(), r.issues() == null ? "" : r.issues());
			}
			return new ReviewForm(results, issues,
					sheet.policy() == null || sheet.policy().summary() == null ? "" : sheet.policy().summary());
		}

		static ReviewForm of(SheetData sheet, Map<String, String> params) {
			Map<UUID, String> results = new HashMap<>();
			Map<UUID, String> issues = new HashMap<>();
			for (AnnualGoal goal : sheet.annualGoals()) {
				results.put(goal.id(), params.getOrDefault("results-" + goal.id(), ""));
				issues.put(goal.id(), params.getOrDefault("issues-" + goal.id(), ""));
			}
			return new ReviewForm(results, issues, params.getOrDefault("summary", ""));
		}

		/**
		 * After a conflict: each field typed as it was in {@code base} (left alone) takes what {@code current} holds,
		 * so only what this person changed is theirs; fields both changed keep what was typed (the conflict page shows
		 * the other change).
		 */
		ReviewForm rebase(SheetData base, SheetData current) {
			ReviewForm was = of(base);
			ReviewForm now = of(current);
			Map<UUID, String> mergedResults = new HashMap<>(results);
			Map<UUID, String> mergedIssues = new HashMap<>(issues);
			for (UUID goal : results.keySet()) {
				if (same(results.get(goal), was.results.get(goal)) && now.results.containsKey(goal)) {
					mergedResults.put(goal, now.results.get(goal));
				}
				if (same(issues.get(goal), was.issues.get(goal)) && now.issues.containsKey(goal)) {
					mergedIssues.put(goal, now.issues.get(goal));
				}
			}
			return new ReviewForm(mergedResults, mergedIssues, same(summary, was.summary) ? now.summary : summary);
		}

		private static boolean same(String typed, String stored) {
			return java.util.Objects.equals(text(typed), text(stored));
		}

		/** The first field too long, as a message; null when all fit. */
		String tooLong(SheetData sheet) {
			for (AnnualGoal goal : sheet.annualGoals()) {
				if (results.get(goal.id()).length() > MAX_LENGTH) {
					return "目標" + goal.number() + "の実績が長すぎます（" + MAX_LENGTH + "字まで）。";
				}
				if (issues.get(goal.id()).length() > MAX_LENGTH) {
					return "目標" + goal.number() + "の課題・今後の方向性が長すぎます（" + MAX_LENGTH + "字まで）。";
				}
			}
			return summary.length() > MAX_LENGTH ? "取り組みの総括が長すぎます（" + MAX_LENGTH + "字まで）。" : null;
		}

		/** The sheet with this review; everything else as it is. An empty field stays 未記載 (null). */
		SheetData applyTo(SheetData s) {
			List<AnnualGoal> goals = new ArrayList<>();
			for (AnnualGoal g : s.annualGoals()) {
				goals.add(new AnnualGoal(g.id(), g.number(), g.title(), g.priority(), g.items(), g.planLinks(),
						g.policyLinks(), new Review(text(results.get(g.id())), text(issues.get(g.id())))));
			}
			Policy p = s.policy() == null ? new Policy(null, List.of(), text(summary))
					: new Policy(s.policy().statement(), s.policy().items(), text(summary));
			return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
					s.fiscalYearLabel(), s.department(), s.missions(), p, goals, s.midTermGoals());
		}

		private static String text(String typed) {
			// line breaks are kept: a review is written in paragraphs
			return typed == null || typed.isBlank() ? null : typed.strip().replace("\r\n", "\n");
		}
	}

	@GetMapping("/sheets/{id}/review")
	ModelAndView review(@PathVariable("id") String id) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		return page(opened, ReviewForm.of(opened.sheet()), opened.sheet().version(), null, null, HttpStatus.OK);
	}

	/** 振り返りの開始, from this page: then the form opens. */
	@PostMapping("/sheets/{id}/review/start")
	ModelAndView start(@PathVariable("id") String id, RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		try {
			workflows.take(opened.id(), Step.START_REVIEW, access.signedIn(), null, null);
		}
		catch (StepRefusedException ex) {
			return page(opened, ReviewForm.of(opened.sheet()), opened.sheet().version(), ex.getMessage(), null,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("editMessage", "振り返りを始めました。実績・課題・総括を記入してください。");
		return new ModelAndView("redirect:/sheets/" + opened.id() + "/review");
	}

	@PostMapping("/sheets/{id}/review")
	ModelAndView save(@PathVariable("id") String id, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		SheetEditing.Opened opened = editing.open(id);
		if (opened.refusal() != null) {
			return opened.refusal();
		}
		ReviewForm form = ReviewForm.of(opened.sheet(), params);
		Optional<Integer> base = SheetEditing.version(params.get("baseVersion"));
		if (base.isEmpty()) {
			return page(opened, form, opened.sheet().version(), "フォームの版の指定が正しくありません。もう一度開き直してください。",
					null, HttpStatus.BAD_REQUEST);
		}
		String refusal = whyClosed(opened);
		if (refusal == null) {
			refusal = form.tooLong(opened.sheet());
		}
		if (refusal != null) {
			return page(opened, form, base.get(), refusal, null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		SheetEditing.Saved saved = editing.save(opened, form.applyTo(opened.sheet()), base.get());
		if (saved.conflict() != null) {
			SheetEditing.Opened now = editing.open(opened.id().toString());
			ReviewForm merged = editing.snapshot(opened.id(), base.get())
				.map(was -> form.rebase(was, now.sheet()))
				.orElse(form);
			return page(now, merged, saved.conflict().currentVersion(), null, saved.conflict(), HttpStatus.CONFLICT);
		}
		if (saved.refusal() != null) {
			return page(opened, form, base.get(), saved.refusal(), null, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("editMessage", saved.saved().changed() ? "振り返りを保存しました。" : "変更はありませんでした。");
		return new ModelAndView("redirect:/sheets/" + opened.id() + "/review");
	}

	/** Why the review cannot be written now (null: it can): before it is opened, or while it is under review. */
	private static String whyClosed(SheetEditing.Opened opened) {
		SheetWorkflow state = opened.state();
		if (state == null || state.phase() != Phase.REVIEW) {
			return "振り返りはまだ始まっていません。公表された目標について、第4四半期から「振り返りを始める」で記入を始めます。";
		}
		return state.status().editable() ? null
				: "「" + state.label() + "」の振り返りは編集できません。差戻しを受けてから編集してください。";
	}

	/** One goal's row of the form, with what the year's progress reports say of it. */
	record GoalRow(AnnualGoal goal, List<String> actions, String progress, String results, String issues) {
	}

	private ModelAndView page(SheetEditing.Opened opened, ReviewForm form, int baseVersion, String error,
			SheetEditing.Conflict conflict, HttpStatus status) {
		SheetData sheet = opened.sheet();
		SheetWorkflow state = opened.state();
		ModelAndView page = new ModelAndView("web/cycle/review");
		page.addObject("sheet", sheet);
		page.addObject("sheetId", opened.id());
		page.addObject("fiscalYearLabel", FiscalYearLabels.display(sheet.fiscalYear(), sheet.fiscalYearLabel()));
		page.addObject("state", state);
		page.addObject("inReview", state != null && state.phase() == Phase.REVIEW);
		page.addObject("closedNote", error == null && conflict == null ? whyClosed(opened) : null);
		page.addObject("canStart", workflows.stepsFor(access.signedIn(), opened.id()).contains(Step.START_REVIEW));
		page.addObject("opensOn", workflows.reviewOpensOn(opened.id()).map(Era::dateLabel).orElse(null));
		page.addObject("rows", rows(opened.id(), sheet, form));
		page.addObject("summary", form.summary());
		page.addObject("maxLength", MAX_LENGTH);
		page.addObject("baseVersion", baseVersion);
		page.addObject("editError", error);
		page.addObject("conflict", conflict);
		page.setStatus(status);
		return page;
	}

	private List<GoalRow> rows(UUID sheetId, SheetData sheet, ReviewForm form) {
		Map<UUID, ActionProgress> latest = latestProgress(sheetId);
		List<GoalRow> rows = new ArrayList<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			List<String> actions = new ArrayList<>();
			List<org.mokuhyo.progress.ProgressStatus> statuses = new ArrayList<>();
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					actions.add(action.text());
					ActionProgress p = action.id() == null ? null : latest.get(action.id());
					statuses.add(p == null ? null : p.status());
				}
			}
			RollUp.Summary summary = RollUp.of(statuses);
			String progress = summary.status() == null ? "進行管理の報告はありません"
					: summary.label() + (summary.percentDone() == null ? "" : "（完了 " + summary.done() + "/"
							+ summary.counted() + "）");
			rows.add(new GoalRow(goal, actions, progress, form.results().getOrDefault(goal.id(), ""),
					form.issues().getOrDefault(goal.id(), "")));
		}
		return rows;
	}

	/** Each action's latest quarterly report of the year (Q4 before Q3 …). */
	private Map<UUID, ActionProgress> latestProgress(UUID sheetId) {
		Map<UUID, ActionProgress> latest = new LinkedHashMap<>();
		for (int quarter = 4; quarter >= 1; quarter--) {
			progresses.of(sheetId, quarter).forEach(latest::putIfAbsent);
		}
		return latest;
	}
}
