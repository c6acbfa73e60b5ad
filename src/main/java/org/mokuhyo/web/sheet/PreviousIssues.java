package org.mokuhyo.web.sheet;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;

/**
 * Last year's 課題・今後の方向性 for each goal of this year's sheet, shown to staff beside the goal: the review of
 * one year is where the next year's goals start. A goal is matched by its title, else by its number.
 */
final class PreviousIssues {

	private PreviousIssues() {
	}

	/** By this year's goal number; goals without a written issue last year are left out. */
	static Map<Integer, String> of(SheetData sheet, SheetStore store) {
		if (sheet.department() == null || sheet.municipality() == null) {
			return Map.of();
		}
		Optional<SheetData> previous = store.find(sheet.municipality(), sheet.department().name(),
				sheet.fiscalYear() - 1);
		if (previous.isEmpty()) {
			return Map.of();
		}
		Map<String, String> byTitle = new HashMap<>();
		Map<Integer, String> byNumber = new HashMap<>();
		for (AnnualGoal goal : previous.get().annualGoals()) {
			String issues = goal.review() == null ? null : goal.review().issues();
			if (issues != null && !issues.isBlank()) {
				byTitle.putIfAbsent(goal.title(), issues);
				byNumber.putIfAbsent(goal.number(), issues);
			}
		}
		Map<Integer, String> out = new HashMap<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			String issues = byTitle.getOrDefault(goal.title(), byNumber.get(goal.number()));
			if (issues != null) {
				out.put(goal.number(), issues);
			}
		}
		return out;
	}
}
