package org.mokuhyo.sheet.internal;

import static org.mokuhyo.sheet.internal.Batch.Type.BOOLEAN;
import static org.mokuhyo.sheet.internal.Batch.Type.INT;
import static org.mokuhyo.sheet.internal.Batch.Type.LONG;
import static org.mokuhyo.sheet.internal.Batch.Type.NUMERIC;
import static org.mokuhyo.sheet.internal.Batch.Type.TEXT;
import static org.mokuhyo.sheet.internal.Batch.Type.TEXT_ARRAY;
import static org.mokuhyo.sheet.internal.Batch.Type.UUID;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetWarning;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the child rows of a sheet: one batched statement per table, whatever the sheet's size.
 */
final class SheetWriter {

	/** Child tables, children first; the order {@link #deleteChildren} empties them in. */
	private static final List<String> CHILD_TABLES = List.of("target", "sub_item", "action", "goal_item",
			"goal_plan_link", "goal_policy_link", "annual_goal", "mid_term_step", "mid_term_description_item",
			"mid_term_goal", "mission", "policy_item", "sheet_warning");

	private final JdbcTemplate jdbc;

	SheetWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One round trip: the id is a UUID we made, so writing it into the statements is safe. */
	void deleteChildren(UUID sheetId) {
		jdbc.batchUpdate(CHILD_TABLES.stream()
				.map(table -> "delete from " + table + " where sheet_id = '" + sheetId + "'")
				.toArray(String[]::new));
	}

	/**
	 * @param planNodeIds   catalogue ids by plan code
	 * @param basicPolicies catalogue ids by basic policy number
	 */
	void insertChildren(SheetData sheet, Map<String, Long> planNodeIds, Map<Integer, Long> basicPolicies) {
		UUID sheetId = sheet.id();
		Batch missions = new Batch("insert into mission (sheet_id, position, text) values (?, ?, ?)", UUID, INT, TEXT);
		Batch policyItems = new Batch("insert into policy_item (sheet_id, position, text) values (?, ?, ?)", UUID, INT,
				TEXT);
		Batch goals = new Batch("""
				insert into annual_goal (id, sheet_id, position, number, title, priority, has_review, review_results,
				review_issues) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID, UUID, INT, INT, TEXT, BOOLEAN, BOOLEAN, TEXT,
				TEXT);
		Batch items = new Batch("""
				insert into goal_item (id, sheet_id, annual_goal_id, position, label, text)
				values (?, ?, ?, ?, ?, ?)""", UUID, UUID, UUID, INT, TEXT, TEXT);
		Batch actions = new Batch("""
				insert into action (id, sheet_id, goal_item_id, position, label, text, has_schedule, schedule_text,
				schedule_kind, schedule_start_month, schedule_end_month, tags)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID, UUID, UUID, INT, TEXT, TEXT, BOOLEAN, TEXT, TEXT,
				INT, INT, TEXT_ARRAY);
		Batch subItems = new Batch("""
				insert into sub_item (sheet_id, action_id, position, text, tags, has_schedule, schedule_text,
				schedule_kind, schedule_start_month, schedule_end_month) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				UUID, UUID, INT, TEXT, TEXT_ARRAY, BOOLEAN, TEXT, TEXT, INT, INT);
		Batch targets = new Batch("""
				insert into target (sheet_id, action_id, sub_item_position, position, label, value, unit, per, text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID, UUID, INT, INT, TEXT, NUMERIC, TEXT, TEXT, TEXT);
		Batch midTermGoals = new Batch("""
				insert into mid_term_goal (id, sheet_id, position, number, title, description)
				values (?, ?, ?, ?, ?, ?)""", UUID, UUID, INT, INT, TEXT, TEXT);
		Batch descriptionItems = new Batch("""
				insert into mid_term_description_item (sheet_id, mid_term_goal_id, position, label, text, sub_items)
				values (?, ?, ?, ?, ?, ?)""", UUID, UUID, INT, TEXT, TEXT, TEXT_ARRAY);
		Batch steps = new Batch("""
				insert into mid_term_step (sheet_id, mid_term_goal_id, position, label, text, group_label, group_title,
				span_text, from_year, to_year) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID, UUID, INT, TEXT, TEXT,
				TEXT, TEXT, TEXT, INT, INT);
		Batch planLinks = new Batch("""
				insert into goal_plan_link (sheet_id, goal_kind, goal_id, position, plan_node_id, code, text)
				values (?, ?, ?, ?, ?, ?, ?)""", UUID, TEXT, UUID, INT, LONG, TEXT, TEXT);
		Batch policyLinks = new Batch("""
				insert into goal_policy_link (sheet_id, goal_kind, goal_id, position, basic_policy_id, number, title)
				values (?, ?, ?, ?, ?, ?, ?)""", UUID, TEXT, UUID, INT, LONG, INT, TEXT);

		for (int i = 0; i < sheet.missions().size(); i++) {
			missions.add(sheetId, i, sheet.missions().get(i));
		}
		if (sheet.policy() != null) {
			List<String> paragraphs = sheet.policy().items();
			for (int i = 0; i < paragraphs.size(); i++) {
				policyItems.add(sheetId, i, paragraphs.get(i));
			}
		}
		for (int g = 0; g < sheet.annualGoals().size(); g++) {
			AnnualGoal goal = sheet.annualGoals().get(g);
			Review review = goal.review();
			goals.add(goal.id(), sheetId, g, goal.number(), goal.title(), goal.priority(), review != null,
					review == null ? null : review.results(), review == null ? null : review.issues());
			links(planLinks, policyLinks, sheetId, "A", goal.id(), goal.planLinks(), goal.policyLinks(), planNodeIds,
					basicPolicies);
			for (int i = 0; i < goal.items().size(); i++) {
				GoalItem item = goal.items().get(i);
				items.add(item.id(), sheetId, goal.id(), i, item.label(), item.text());
				for (int a = 0; a < item.actions().size(); a++) {
					Action action = item.actions().get(a);
					Schedule schedule = action.schedule();
					actions.add(action.id(), sheetId, item.id(), a, action.label(), action.text(), schedule != null,
							schedule == null ? null : schedule.text(), kind(schedule),
							schedule == null ? null : schedule.startMonth(),
							schedule == null ? null : schedule.endMonth(), action.tags());
					targets(targets, sheetId, action.id(), -1, action.targets());
					for (int s = 0; s < action.subItems().size(); s++) {
						SubItem sub = action.subItems().get(s);
						Schedule subSchedule = sub.schedule();
						subItems.add(sheetId, action.id(), s, sub.text(), sub.tags(), subSchedule != null,
								subSchedule == null ? null : subSchedule.text(), kind(subSchedule),
								subSchedule == null ? null : subSchedule.startMonth(),
								subSchedule == null ? null : subSchedule.endMonth());
						targets(targets, sheetId, action.id(), s, sub.targets());
					}
				}
			}
		}
		for (int g = 0; g < sheet.midTermGoals().size(); g++) {
			MidTermGoal goal = sheet.midTermGoals().get(g);
			midTermGoals.add(goal.id(), sheetId, g, goal.number(), goal.title(), goal.description());
			for (int i = 0; i < goal.descriptionItems().size(); i++) {
				DescriptionItem item = goal.descriptionItems().get(i);
				descriptionItems.add(sheetId, goal.id(), i, item.label(), item.text(), item.subItems());
			}
			for (int i = 0; i < goal.steps().size(); i++) {
				MidTermStep step = goal.steps().get(i);
				steps.add(sheetId, goal.id(), i, step.label(), step.text(), step.groupLabel(), step.groupTitle(),
						step.spanText(), step.fromYear(), step.toYear());
			}
			links(planLinks, policyLinks, sheetId, "M", goal.id(), goal.planLinks(), goal.policyLinks(), planNodeIds,
					basicPolicies);
		}
		for (Batch batch : List.of(missions, policyItems, goals, items, actions, subItems, targets, midTermGoals,
				descriptionItems, steps, planLinks, policyLinks)) {
			batch.run(jdbc);
		}
	}

	void insertWarnings(UUID sheetId, List<SheetWarning> warnings) {
		Batch batch = new Batch("""
				insert into sheet_warning (sheet_id, position, line, col, code, message, text)
				values (?, ?, ?, ?, ?, ?, ?)""", UUID, INT, INT, INT, TEXT, TEXT, TEXT);
		for (int i = 0; i < warnings.size(); i++) {
			SheetWarning warning = warnings.get(i);
			batch.add(sheetId, i, warning.line(), warning.column(), warning.code(), warning.message(), warning.text());
		}
		batch.run(jdbc);
	}

	private static void links(Batch planLinks, Batch policyLinks, UUID sheetId, String kind, UUID goalId,
			List<PlanLink> plans, List<PolicyLink> policies, Map<String, Long> planNodeIds,
			Map<Integer, Long> basicPolicies) {
		for (int i = 0; i < plans.size(); i++) {
			PlanLink link = plans.get(i);
			planLinks.add(sheetId, kind, goalId, i, link.code() == null ? null : planNodeIds.get(link.code()),
					link.code(), link.text());
		}
		for (int i = 0; i < policies.size(); i++) {
			PolicyLink link = policies.get(i);
			policyLinks.add(sheetId, kind, goalId, i, basicPolicies.get(link.number()), link.number(), link.title());
		}
	}

	private static void targets(Batch batch, UUID sheetId, UUID actionId, int subItemPosition, List<Target> targets) {
		for (int i = 0; i < targets.size(); i++) {
			Target target = targets.get(i);
			batch.add(sheetId, actionId, subItemPosition, i, target.label(), target.value(), target.unit(),
					target.per(), target.text());
		}
	}

	private static String kind(Schedule schedule) {
		return schedule == null || schedule.kind() == null ? null : schedule.kind().name();
	}
}
