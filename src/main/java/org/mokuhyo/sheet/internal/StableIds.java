package org.mokuhyo.sheet.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.SheetData;

/**
 * Gives the goals, items, actions and mid-term goals of a new version the ids they had in the previous one, so that
 * what refers to them (progress, links, last year's copy) survives a re-import. An element keeps the id it carries
 * when that id was the previous version's (an editor saving what it loaded); otherwise it takes the id of the element
 * at the same place before: goal number, item label, action label (the position where there is no label). Anything
 * new gets a new id; no id is given twice.
 */
final class StableIds {

	private final Map<String, UUID> byPath = new HashMap<>();

	private final Set<UUID> previous = new HashSet<>();

	private final Set<UUID> used = new HashSet<>();

	private StableIds() {
	}

	static StableIds none() {
		return new StableIds();
	}

	static StableIds of(SheetData previousVersion) {
		StableIds ids = new StableIds();
		for (AnnualGoal goal : previousVersion.annualGoals()) {
			String goalPath = "A" + goal.number();
			ids.remember(goalPath, goal.id());
			for (int i = 0; i < goal.items().size(); i++) {
				GoalItem item = goal.items().get(i);
				String itemPath = path(goalPath, item.label(), i);
				ids.remember(itemPath, item.id());
				for (int a = 0; a < item.actions().size(); a++) {
					Action action = item.actions().get(a);
					ids.remember(path(itemPath, action.label(), a), action.id());
				}
			}
		}
		for (MidTermGoal goal : previousVersion.midTermGoals()) {
			ids.remember("M" + goal.number(), goal.id());
		}
		return ids;
	}

	/** The sheet with every goal, item, action and mid-term goal id assigned. */
	SheetData assign(SheetData sheet) {
		List<AnnualGoal> goals = sheet.annualGoals().stream().map(this::goal).toList();
		List<MidTermGoal> midTermGoals = sheet.midTermGoals().stream()
				.map(g -> new MidTermGoal(id(g.id(), "M" + g.number()), g.number(), g.title(), g.description(),
						g.descriptionItems(), g.steps(), g.planLinks(), g.policyLinks()))
				.toList();
		return new SheetData(sheet.id(), sheet.version(), sheet.municipality(), sheet.municipalityCode(),
				sheet.fiscalYear(), sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(),
				goals, midTermGoals);
	}

	private AnnualGoal goal(AnnualGoal goal) {
		String goalPath = "A" + goal.number();
		UUID goalId = id(goal.id(), goalPath);
		List<GoalItem> items = new ArrayList<>();
		for (int i = 0; i < goal.items().size(); i++) {
			GoalItem item = goal.items().get(i);
			String itemPath = path(goalPath, item.label(), i);
			UUID itemId = id(item.id(), itemPath);
			List<Action> actions = new ArrayList<>();
			for (int a = 0; a < item.actions().size(); a++) {
				Action action = item.actions().get(a);
				actions.add(new Action(id(action.id(), path(itemPath, action.label(), a)), action.label(),
						action.text(), action.subItems(), action.schedule(), action.tags(), action.targets()));
			}
			items.add(new GoalItem(itemId, item.label(), item.text(), actions));
		}
		return new AnnualGoal(goalId, goal.number(), goal.title(), goal.priority(), items, goal.planLinks(),
				goal.policyLinks(), goal.review());
	}

	private UUID id(UUID carried, String path) {
		if (carried != null && previous.contains(carried) && used.add(carried)) {
			return carried;
		}
		UUID before = byPath.get(path);
		if (before != null && used.add(before)) {
			return before;
		}
		UUID fresh = UUID.randomUUID();
		used.add(fresh);
		return fresh;
	}

	private void remember(String path, UUID id) {
		if (id != null) {
			byPath.putIfAbsent(path, id);
			previous.add(id);
		}
	}

	private static String path(String parent, String label, int position) {
		return parent + "/" + (label != null ? "L" + label : "#" + position);
	}
}
