package org.mokuhyo.portal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.mokuhyo.plan.BasicPolicy;
import org.mokuhyo.plan.PlanCatalog;
import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.plan.PlanNode;
import org.mokuhyo.workflow.Phase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The lists the public browses, from the published read model only: published sheets by year, the 総合計画 tree and
 * the 基本政策 list with what serves each entry, and pages of goals or actions across sheets. A municipality's lists
 * are its own (plan codes and policy numbers mean something else in another city); {@code fiscalYear} null means
 * every year. Department names sort by code point ({@code collate "C"}), whatever the database's locale.
 */
@Service
public class PortalQueries {

	/** Rows per page of every list. */
	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	PortalQueries(JdbcClient jdbc, PlanCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** The names of the municipalities with a published sheet. */
	public List<String> municipalities() {
		return jdbc.sql("select m.name from municipality m where exists (select 1 from public_sheet s"
				+ " where s.municipality_id = m.id) order by m.name collate \"C\"")
			.query(String.class)
			.list();
	}

	/** The fiscal years with a published sheet of the municipality, newest first. */
	public List<Integer> years(long municipalityId) {
		return jdbc.sql("select distinct fiscal_year from public_sheet where municipality_id = ? order by 1 desc")
			.param(municipalityId)
			.query(Integer.class)
			.list();
	}

	/** Published sheets, newest year first, then by department. */
	public List<PublicSheet> sheets(long municipalityId, Integer fiscalYear) {
		return jdbc.sql("""
				select sheet_id, department_name, fiscal_year, published_version, as_of, phase, annual_goals,
				mid_term_goals, priority_goals, new_actions, expanded_actions from public_sheet
				where municipality_id = :m and (cast(:year as integer) is null or fiscal_year = :year)
				order by fiscal_year desc, department_name collate "C", sheet_id""")
			.param("m", municipalityId)
			.param("year", fiscalYear, Types.INTEGER)
			.query((rs, row) -> new PublicSheet(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
					rs.getInt(4), rs.getObject(5, LocalDate.class), Phase.valueOf(rs.getString(6)), rs.getInt(7),
					rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11)))
			.list();
	}

	/**
	 * The municipality's 総合計画 in the plan's order: every node of its list (the administrators' 総合計画, public
	 * reference data) and every node a published goal links to, with the upper nodes of each; a node counts the goals
	 * linked to it or to a node under it, each once.
	 */
	public List<NodeCoverage> planTree(long municipalityId, Integer fiscalYear) {
		Map<String, Tally> tallies = new HashMap<>();
		Map<String, String> texts = new HashMap<>();
		for (PlanNode node : catalog.nodes(municipalityId)) {
			PlanCode.normalize(node.code()).ifPresent(code -> {
				// the upper nodes too, stored or not: the tree is drawn whole
				for (String c = code; c != null; c = PlanCode.parent(c)) {
					tallies.computeIfAbsent(c, x -> new Tally());
				}
				if (node.text() != null) {
					texts.put(code, node.text());
				}
			});
		}
		jdbc.sql("""
				select l.code, l.text, l.sheet_id, l.kind, l.goal_position, s.department_name from public_goal_plan l
				join public_sheet s on s.sheet_id = l.sheet_id
				where s.municipality_id = :m and (cast(:year as integer) is null or s.fiscal_year = :year)""")
			.param("m", municipalityId)
			.param("year", fiscalYear, Types.INTEGER)
			.query(rs -> {
				String code = rs.getString(1);
				texts.putIfAbsent(code, rs.getString(2));
				String goal = rs.getString(3) + "/" + rs.getString(4) + "/" + rs.getInt(5);
				for (String c = code; c != null; c = PlanCode.parent(c)) {
					tallies.computeIfAbsent(c, x -> new Tally()).add(goal, rs.getString(6));
				}
			});
		return tallies.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(PlanCode.ORDER))
			.map(e -> new NodeCoverage(e.getKey(), texts.get(e.getKey()), PlanCode.parent(e.getKey()),
					PlanCode.depth(e.getKey()), e.getValue().goals.size(), List.copyOf(e.getValue().departments)))
			.toList();
	}

	/** The municipality's 基本政策 by number: its list and every number a published goal links to. */
	public List<PolicyCoverage> policies(long municipalityId, Integer fiscalYear) {
		Map<Integer, Tally> tallies = new HashMap<>();
		Map<Integer, String> titles = new HashMap<>();
		for (BasicPolicy policy : catalog.policies(municipalityId)) {
			tallies.computeIfAbsent(policy.number(), n -> new Tally());
			if (policy.title() != null) {
				titles.put(policy.number(), policy.title());
			}
		}
		jdbc.sql("""
				select l.number, l.title, l.sheet_id, l.kind, l.goal_position, s.department_name from public_goal_policy l
				join public_sheet s on s.sheet_id = l.sheet_id
				where s.municipality_id = :m and (cast(:year as integer) is null or s.fiscal_year = :year)""")
			.param("m", municipalityId)
			.param("year", fiscalYear, Types.INTEGER)
			.query(rs -> {
				int number = rs.getInt(1);
				titles.putIfAbsent(number, rs.getString(2));
				tallies.computeIfAbsent(number, n -> new Tally())
					.add(rs.getString(3) + "/" + rs.getString(4) + "/" + rs.getInt(5), rs.getString(6));
			});
		return tallies.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new PolicyCoverage(e.getKey(), titles.get(e.getKey()), e.getValue().goals.size(),
					List.copyOf(e.getValue().departments)))
			.toList();
	}

	/** A page of the goals {@code filter} selects; {@link ResultPage#outOfRange()} when {@code page} lies past the end. */
	public ResultPage<PublicGoal> goals(long municipalityId, Integer fiscalYear, GoalFilter filter, ListOrder order,
			int page) {
		return goals(municipalityId, fiscalYear, null, filter, order, page);
	}

	/** The same, of one department's sheets (by the name its published versions give it); null: every department. */
	public ResultPage<PublicGoal> goals(long municipalityId, Integer fiscalYear, String department, GoalFilter filter,
			ListOrder order, int page) {
		Where where = goalWhere(filter);
		String from = """
				from public_goal g join public_sheet s on s.sheet_id = g.sheet_id
				where s.municipality_id = :m and (cast(:year as integer) is null or s.fiscal_year = :year)
				and (cast(:department as text) is null or s.department_name = :department) and\s"""
				+ where.sql;
		int total = where.bind(jdbc.sql("select count(*) " + from), municipalityId, fiscalYear)
			.param("department", department, Types.VARCHAR)
			.query(Integer.class)
			.single();
		ResultPage<PublicGoal> empty = new ResultPage<>(List.of(), total, page, PAGE_SIZE);
		if (empty.outOfRange() || total == 0) {
			return empty;
		}
		String sql = """
				select s.sheet_id, s.fiscal_year, s.department_name, g.kind, g.number, g.title, g.priority,
				array(select l.code from public_goal_plan l where l.sheet_id = g.sheet_id and l.kind = g.kind
				and l.goal_position = g.position order by l.position),
				array(select l.number from public_goal_policy l where l.sheet_id = g.sheet_id and l.kind = g.kind
				and l.goal_position = g.position order by l.position),
				s.as_of, s.phase\s""" + from + " order by " + goalOrder(order) + " limit :limit offset :offset";
		List<PublicGoal> goals = where.bind(jdbc.sql(sql), municipalityId, fiscalYear)
			.param("department", department, Types.VARCHAR)
			.param("limit", PAGE_SIZE)
			.param("offset", (page - 1) * PAGE_SIZE)
			.query((rs, row) -> new PublicGoal(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					GoalKind.of(rs.getString(4).strip()), rs.getInt(5), rs.getString(6), rs.getBoolean(7),
					Arrays.asList((String[]) array(rs, 8)), Arrays.asList((Integer[]) array(rs, 9)),
					rs.getObject(10, LocalDate.class), Phase.valueOf(rs.getString(11))))
			.list();
		return new ResultPage<>(goals, total, page, PAGE_SIZE);
	}

	/** A page of the actions and sub-points tagged {@code tag} (新規, 拡充). */
	public ResultPage<PublicAction> actions(long municipalityId, Integer fiscalYear, String tag, ListOrder order,
			int page) {
		String from = """
				from public_action a join public_sheet s on s.sheet_id = a.sheet_id
				join public_goal g on g.sheet_id = a.sheet_id and g.kind = 'A' and g.position = a.goal_position
				where s.municipality_id = :m and (cast(:year as integer) is null or s.fiscal_year = :year)
				and a.tags @> array[cast(:tag as text)]""";
		int total = jdbc.sql("select count(*) " + from)
			.param("m", municipalityId)
			.param("year", fiscalYear, Types.INTEGER)
			.param("tag", tag)
			.query(Integer.class)
			.single();
		ResultPage<PublicAction> empty = new ResultPage<>(List.of(), total, page, PAGE_SIZE);
		if (empty.outOfRange() || total == 0) {
			return empty;
		}
		List<PublicAction> actions = jdbc.sql("""
				select s.sheet_id, s.fiscal_year, s.department_name, a.goal_number, g.title, a.item_label, a.label,
				a.sub_position >= 0, a.text, a.tags, a.schedule_text, s.as_of, s.phase\s""" + from + " order by "
				+ actionOrder(order) + " limit :limit offset :offset")
			.param("m", municipalityId)
			.param("year", fiscalYear, Types.INTEGER)
			.param("tag", tag)
			.param("limit", PAGE_SIZE)
			.param("offset", (page - 1) * PAGE_SIZE)
			.query((rs, row) -> new PublicAction(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
					rs.getString(9), Arrays.asList((String[]) array(rs, 10)), rs.getString(11),
					rs.getObject(12, LocalDate.class), Phase.valueOf(rs.getString(13))))
			.list();
		return new ResultPage<>(actions, total, page, PAGE_SIZE);
	}

	private static Object array(ResultSet rs, int column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? new Object[0] : array.getArray();
	}

	private static Where goalWhere(GoalFilter filter) {
		if (filter instanceof GoalFilter.PlanNode node) {
			return new Where("""
					exists (select 1 from public_goal_plan l where l.sheet_id = g.sheet_id and l.kind = g.kind
					and l.goal_position = g.position and (l.code = :code or l.code like :below))""", "code",
					node.code(), "below", node.code() + "-%");
		}
		if (filter instanceof GoalFilter.Policy policy) {
			return new Where("""
					exists (select 1 from public_goal_policy l where l.sheet_id = g.sheet_id and l.kind = g.kind
					and l.goal_position = g.position and l.number = :number)""", "number", policy.number(), null, null);
		}
		return new Where("g.kind = 'A' and g.priority", null, null, null, null);
	}

	/** Only fixed SQL reaches the order clause: the field and direction are enums. */
	private static String goalOrder(ListOrder order) {
		String dir = order.descending() ? " desc" : " asc";
		String rest = switch (order.field()) {
			case YEAR -> "s.fiscal_year" + dir + ", s.department_name collate \"C\", g.kind, g.position";
			case DEPARTMENT -> "s.department_name collate \"C\"" + dir + ", s.fiscal_year desc, g.kind, g.position";
			case NUMBER -> "g.number" + dir + ", g.kind, s.fiscal_year desc, s.department_name collate \"C\"";
		};
		return rest + ", s.sheet_id, g.kind, g.position";
	}

	private static String actionOrder(ListOrder order) {
		String dir = order.descending() ? " desc" : " asc";
		String place = "a.goal_position, a.item_position, a.action_position, a.sub_position";
		String rest = switch (order.field()) {
			case YEAR -> "s.fiscal_year" + dir + ", s.department_name collate \"C\", " + place;
			case DEPARTMENT -> "s.department_name collate \"C\"" + dir + ", s.fiscal_year desc, " + place;
			case NUMBER -> "a.goal_number" + dir + ", s.fiscal_year desc, s.department_name collate \"C\", " + place;
		};
		return rest + ", s.sheet_id";
	}

	/** A filter's condition and its (at most two) named parameters. */
	private record Where(String sql, String name1, Object value1, String name2, Object value2) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long municipalityId, Integer fiscalYear) {
			JdbcClient.StatementSpec bound = spec.param("m", municipalityId).param("year", fiscalYear, Types.INTEGER);
			if (name1 != null) {
				bound = bound.param(name1, value1);
			}
			if (name2 != null) {
				bound = bound.param(name2, value2);
			}
			return bound;
		}
	}

	/** The goals and departments counted for one entry. */
	private static final class Tally {

		final Set<String> goals = new LinkedHashSet<>();

		final Set<String> departments = new TreeSet<>();

		void add(String goal, String department) {
			goals.add(goal);
			departments.add(department);
		}
	}
}
