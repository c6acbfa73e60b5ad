package org.mokuhyo.web.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.ProgressInput;
import org.mokuhyo.progress.ProgressRefusedException;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.Quarter;
import org.mokuhyo.progress.SheetRollUp;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.Target;
import org.mokuhyo.web.EraFormat;
import org.mokuhyo.web.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 進行管理 of one sheet for staff: per goal a table of its actions with, for the chosen quarter of the sheet's fiscal
 * year, the status, a comment and the actual value of each target; the roll-up per goal and for the sheet. The
 * department's editors and administrators get the table as one form saved as a whole; other staff read it. The
 * public never sees progress (the page is closed to it by the security rules, and answered as unknown here).
 */
@Controller
class SheetProgressController {

	private final SheetStore store;

	private final Progresses progresses;

	private final Access access;

	SheetProgressController(SheetStore store, Progresses progresses, Access access) {
		this.store = store;
		this.progresses = progresses;
		this.access = access;
	}

	@GetMapping("/sheets/{id}/progress")
	ModelAndView page(@PathVariable("id") String id, @RequestParam(name = "quarter", required = false) String quarter) {
		Optional<SheetData> sheet = sheet(id);
		if (sheet.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		Integer number = quarter == null || quarter.isBlank() ? Integer.valueOf(defaultQuarter(sheet.get())) : quarterNumber(quarter);
		if (number == null) {
			return ErrorPages.page(HttpStatus.BAD_REQUEST);
		}
		Map<UUID, ActionProgress> saved = progresses.of(sheet.get().id(), number);
		return page(sheet.get(), number, saved, savedValues(sheet.get(), saved), List.of(), HttpStatus.OK);
	}

	@PostMapping("/sheets/{id}/progress")
	ModelAndView save(@PathVariable("id") String id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Optional<SheetData> sheet = sheet(id);
		if (sheet.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		Integer number = quarterNumber(form.get("quarter"));
		if (number == null) {
			return ErrorPages.page(HttpStatus.BAD_REQUEST);
		}
		UUID sheetId = sheet.get().id();
		try {
			progresses.save(sheetId, number, inputs(sheet.get(), form), access.signedIn());
		}
		catch (ProgressRefusedException ex) {
			return switch (ex.code()) {
				case "FORBIDDEN" -> ErrorPages.page(HttpStatus.FORBIDDEN);
				case "NOT_FOUND" -> ErrorPages.sheetNotFound();
				// what was typed stays on the page to be corrected; after a conflict, what the other person saved
				case "INVALID" -> page(sheet.get(), number, progresses.of(sheetId, number), form, ex.messages(),
						HttpStatus.BAD_REQUEST);
				default -> {
					Map<UUID, ActionProgress> saved = progresses.of(sheetId, number);
					yield page(sheet.get(), number, saved, savedValues(sheet.get(), saved), ex.messages(),
							HttpStatus.CONFLICT);
				}
			};
		}
		redirect.addFlashAttribute("progressMessage", new Quarter(sheet.get().fiscalYear(), number).label() + "の進捗を保存しました。");
		return new ModelAndView("redirect:/sheets/" + sheetId + "/progress?quarter=" + number);
	}

	private ModelAndView page(SheetData sheet, int number, Map<UUID, ActionProgress> saved, Map<String, String> values,
			List<String> errors, HttpStatus status) {
		CurrentUser user = access.signedIn();
		List<GoalView> goals = new ArrayList<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			List<ActionView> actions = new ArrayList<>();
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					List<TargetField> targets = new ArrayList<>();
					Progresses.targets(action).forEach((key, target) -> targets.add(new TargetField(
							actualField(action.id(), key), target.text(), target.unit(), values.get(actualField(action.id(), key)))));
					actions.add(new ActionView(action.id().toString(), Progresses.name(goal, item, action), item.label(),
							action.label(), action.text(), targets, saved.get(action.id())));
				}
			}
			goals.add(new GoalView(goal, actions));
		}
		ModelAndView page = new ModelAndView("web/cycle/progress");
		page.addObject("sheet", sheet);
		page.addObject("sheetId", sheet.id());
		page.addObject("fiscalYearLabel", FiscalYearLabels.display(sheet.fiscalYear(), sheet.fiscalYearLabel()));
		page.addObject("quarter", new Quarter(sheet.fiscalYear(), number));
		page.addObject("quarters", List.of(1, 2, 3, 4).stream().map(q -> new Quarter(sheet.fiscalYear(), q)).toList());
		page.addObject("goals", goals);
		page.addObject("rollUp", SheetRollUp.of(sheet, saved));
		page.addObject("statuses", ProgressStatus.values());
		page.addObject("values", values);
		page.addObject("canEdit", progresses.mayUpdate(user, sheet.id()));
		page.addObject("progressErrors", errors);
		page.addObject("era", EraFormat.INSTANCE);
		page.setStatus(status);
		return page;
	}

	/** The quarter of today when the sheet is this fiscal year's; else its first (a future year) or last (a past one). */
	private int defaultQuarter(SheetData sheet) {
		Quarter today = Quarter.of(progresses.today());
		if (today.fiscalYear() == sheet.fiscalYear()) {
			return today.number();
		}
		return today.fiscalYear() < sheet.fiscalYear() ? 1 : 4;
	}

	private static Integer quarterNumber(String value) {
		return switch (value == null ? "" : value.strip()) {
			case "1" -> 1;
			case "2" -> 2;
			case "3" -> 3;
			case "4" -> 4;
			default -> null;
		};
	}

	/** Rows of the actions the form showed (each sends its version field, empty when nothing was saved). */
	private static List<ProgressInput> inputs(SheetData sheet, Map<String, String> form) {
		List<ProgressInput> inputs = new ArrayList<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					String version = form.get("version-" + action.id());
					if (version == null) {
						continue;
					}
					Map<TargetKey, String> actuals = new HashMap<>();
					for (TargetKey key : Progresses.targets(action).keySet()) {
						String typed = form.get(actualField(action.id(), key));
						if (typed != null) {
							actuals.put(key, typed);
						}
					}
					Integer base;
					try {
						base = version.isBlank() ? null : Integer.valueOf(version.strip());
					}
					catch (NumberFormatException ex) {
						base = -1; // matches no saved version: refused as a conflict
					}
					inputs.add(new ProgressInput(action.id(), form.get("status-" + action.id()),
							form.get("comment-" + action.id()), actuals, base));
				}
			}
		}
		return inputs;
	}

	/** The form's values as saved: field name → value. */
	private static Map<String, String> savedValues(SheetData sheet, Map<UUID, ActionProgress> saved) {
		Map<String, String> values = new HashMap<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					ActionProgress progress = saved.get(action.id());
					values.put("version-" + action.id(), progress == null ? "" : Integer.toString(progress.version()));
					if (progress == null) {
						continue;
					}
					values.put("status-" + action.id(), progress.status().name());
					values.put("comment-" + action.id(), progress.comment() == null ? "" : progress.comment());
					for (Map.Entry<TargetKey, BigDecimal> actual : progress.actuals().entrySet()) {
						values.put(actualField(action.id(), actual.getKey()), actual.getValue().stripTrailingZeros().toPlainString());
					}
				}
			}
		}
		return values;
	}

	private static String actualField(UUID action, TargetKey key) {
		return "actual-" + action + "-" + key.subItem() + "-" + key.target();
	}

	/** The sheet for staff; empty for the public and for unknown ids, which both get the unknown-sheet page. */
	private Optional<SheetData> sheet(String id) {
		if (!access.canSeeDrafts(access.signedIn())) {
			return Optional.empty();
		}
		try {
			UUID uuid = UUID.fromString(id);
			return uuid.toString().equalsIgnoreCase(id) && access.canSeeDraftsOfSheet(access.signedIn(), uuid)
					? store.find(uuid) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Public for the SpEL compiler, as the records below. */
	public record GoalView(AnnualGoal goal, List<ActionView> actions) {
	}

	public record ActionView(String id, String name, String itemLabel, String label, String text,
			List<TargetField> targets, ActionProgress saved) {
	}

	public record TargetField(String name, String text, String unit, String value) {
	}
}
