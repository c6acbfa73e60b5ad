package org.mokuhyo.sheet.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds a sheet from its tables: one query per table, children grouped under their parents in Java. Rows come
 * ordered by position, and grouping keeps that order within each parent.
 */
final class SheetReader {

	private final JdbcTemplate jdbc;

	SheetReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SheetData> read(UUID id) {
		List<Head> heads = jdbc.query("""
				select s.version, m.name, m.code, s.fiscal_year, d.name, s.head_title, s.head_name, s.has_policy,
				s.policy_statement, s.policy_summary
				from goal_sheet s join municipality m on m.id = s.municipality_id
				join department d on d.id = s.department_id
				where s.id = ?""", (rs, row) -> new Head(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
				new Department(rs.getString(5), rs.getString(6), rs.getString(7)), rs.getBoolean(8),
				rs.getString(9), rs.getString(10)), id);
		if (heads.isEmpty()) {
			return Optional.empty();
		}
		Head head = heads.get(0);
		List<String> missions = texts("select text from mission where sheet_id = ? order by position", id);
		Policy policy = head.hasPolicy()
				? new Policy(head.policyStatement(),
						texts("select text from policy_item where sheet_id = ? order by position", id),
						head.policySummary())
				: null;
		Links links = links(id);
		List<AnnualGoal> goals = annualGoals(id, links);
		List<MidTermGoal> midTermGoals = midTermGoals(id, links);
		return Optional.of(new SheetData(id, head.version(), head.municipality(), head.municipalityCode(),
				head.fiscalYear(), Era.fiscalYearLabel(head.fiscalYear()), head.department(), missions, policy, goals,
				midTermGoals));
	}

	private List<AnnualGoal> annualGoals(UUID id, Links links) {
		Map<Owner, List<Target>> targets = new HashMap<>();
		jdbc.query("""
				select action_id, sub_item_position, label, value, unit, per, text from target
				where sheet_id = ? order by position""", rs -> {
			targets.computeIfAbsent(new Owner(uuid(rs, 1), rs.getInt(2)), o -> new ArrayList<>())
					.add(new Target(rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6),
							rs.getString(7)));
		}, id);
		Map<UUID, List<SubItem>> subItems = new HashMap<>();
		jdbc.query("""
				select action_id, position, text, tags, has_schedule, schedule_text, schedule_kind,
				schedule_start_month, schedule_end_month from sub_item where sheet_id = ? order by position""", rs -> {
			UUID actionId = uuid(rs, 1);
			subItems.computeIfAbsent(actionId, a -> new ArrayList<>())
					.add(new SubItem(rs.getString(3), strings(rs.getArray(4)),
							targets.getOrDefault(new Owner(actionId, rs.getInt(2)), List.of()), schedule(rs, 5)));
		}, id);
		Map<UUID, List<Action>> actions = new HashMap<>();
		jdbc.query("""
				select goal_item_id, id, label, text, has_schedule, schedule_text, schedule_kind,
				schedule_start_month, schedule_end_month, tags from action where sheet_id = ? order by position""",
				rs -> {
					UUID actionId = uuid(rs, 2);
					actions.computeIfAbsent(uuid(rs, 1), i -> new ArrayList<>())
							.add(new Action(actionId, rs.getString(3), rs.getString(4),
									subItems.getOrDefault(actionId, List.of()), schedule(rs, 5),
									strings(rs.getArray(10)), targets.getOrDefault(new Owner(actionId, -1), List.of())));
				}, id);
		Map<UUID, List<GoalItem>> items = new HashMap<>();
		jdbc.query("""
				select annual_goal_id, id, label, text from goal_item where sheet_id = ? order by position""", rs -> {
			UUID itemId = uuid(rs, 2);
			items.computeIfAbsent(uuid(rs, 1), g -> new ArrayList<>())
					.add(new GoalItem(itemId, rs.getString(3), rs.getString(4),
							actions.getOrDefault(itemId, List.of())));
		}, id);
		return jdbc.query("""
				select id, number, title, priority, has_review, review_results, review_issues from annual_goal
				where sheet_id = ? order by position""", (rs, row) -> {
			UUID goalId = uuid(rs, 1);
			return new AnnualGoal(goalId, rs.getInt(2), rs.getString(3), rs.getBoolean(4),
					items.getOrDefault(goalId, List.of()), links.plans(goalId), links.policies(goalId),
					rs.getBoolean(5) ? new Review(rs.getString(6), rs.getString(7)) : null);
		}, id);
	}

	private List<MidTermGoal> midTermGoals(UUID id, Links links) {
		Map<UUID, List<DescriptionItem>> descriptionItems = new HashMap<>();
		jdbc.query("""
				select mid_term_goal_id, label, text, sub_items from mid_term_description_item
				where sheet_id = ? order by position""", rs -> {
			descriptionItems.computeIfAbsent(uuid(rs, 1), g -> new ArrayList<>())
					.add(new DescriptionItem(rs.getString(2), rs.getString(3), strings(rs.getArray(4))));
		}, id);
		Map<UUID, List<MidTermStep>> steps = new HashMap<>();
		jdbc.query("""
				select mid_term_goal_id, label, text, group_label, group_title, span_text, from_year, to_year
				from mid_term_step where sheet_id = ? order by position""", rs -> {
			steps.computeIfAbsent(uuid(rs, 1), g -> new ArrayList<>())
					.add(new MidTermStep(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getObject(7, Integer.class), rs.getObject(8, Integer.class)));
		}, id);
		return jdbc.query("""
				select id, number, title, description from mid_term_goal where sheet_id = ? order by position""",
				(rs, row) -> {
					UUID goalId = uuid(rs, 1);
					return new MidTermGoal(goalId, rs.getInt(2), rs.getString(3), rs.getString(4),
							descriptionItems.getOrDefault(goalId, List.of()), steps.getOrDefault(goalId, List.of()),
							links.plans(goalId), links.policies(goalId));
				}, id);
	}

	private Links links(UUID id) {
		Links links = new Links(new HashMap<>(), new HashMap<>());
		jdbc.query("select goal_id, code, text from goal_plan_link where sheet_id = ? order by position", rs -> {
			links.plans.computeIfAbsent(uuid(rs, 1), g -> new ArrayList<>())
					.add(new PlanLink(rs.getString(2), rs.getString(3)));
		}, id);
		jdbc.query("select goal_id, number, title from goal_policy_link where sheet_id = ? order by position", rs -> {
			links.policies.computeIfAbsent(uuid(rs, 1), g -> new ArrayList<>())
					.add(new PolicyLink(rs.getInt(2), rs.getString(3)));
		}, id);
		return links;
	}

	private List<String> texts(String sql, UUID id) {
		return jdbc.queryForList(sql, String.class, id);
	}

	/** The five schedule columns starting at {@code first}: has_schedule, text, kind, start month, end month. */
	private static Schedule schedule(ResultSet rs, int first) throws SQLException {
		if (!rs.getBoolean(first)) {
			return null;
		}
		String kind = rs.getString(first + 2);
		return new Schedule(rs.getString(first + 1), kind == null ? null : ScheduleKind.valueOf(kind),
				rs.getObject(first + 3, Integer.class), rs.getObject(first + 4, Integer.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static UUID uuid(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	/** The owner of a target: an action (sub-item position -1) or one of its sub-items. */
	private record Owner(UUID actionId, int subItemPosition) {
	}

	private record Links(Map<UUID, List<PlanLink>> plans, Map<UUID, List<PolicyLink>> policies) {

		List<PlanLink> plans(UUID goalId) {
			return plans.getOrDefault(goalId, List.of());
		}

		List<PolicyLink> policies(UUID goalId) {
			return policies.getOrDefault(goalId, List.of());
		}
	}

	private record Head(int version, String municipality, String municipalityCode, int fiscalYear,
			Department department, boolean hasPolicy, String policyStatement, String policySummary) {
	}
}
