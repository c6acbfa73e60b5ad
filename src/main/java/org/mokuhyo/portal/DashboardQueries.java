package org.mokuhyo.portal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.mokuhyo.plan.BasicPolicy;
import org.mokuhyo.plan.PlanCatalog;
import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.plan.PlanNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The city-wide dashboards' figures, from the published read model only: which department serves which 総合計画
 * node or 基本政策 in a year (one query over the year's sheets and their links, by the index on municipality and
 * year and the links' primary keys; the rows' wording from the municipality's lists), and the counts of every year.
 * Nothing here reads a sheet's snapshot, so a page costs the same whatever the sheets hold.
 */
@Service
public class DashboardQueries {

	/** The plan levels the matrix shows: 施策 (5-1) and their directions (5-1-(3)). */
	private static final int MEASURE = 1;

	private static final int DIRECTION = 2;

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	DashboardQueries(JdbcClient jdbc, PlanCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/**
	 * The 総合計画 × departments matrix of a year: every 施策 and direction of the municipality's list and every one a
	 * published goal of the year links to (or links below), in the plan's order; a goal counts once under each.
	 */
	public CoverageMatrix planCoverage(long municipalityId, int fiscalYear) {
		Map<String, String> texts = new HashMap<>();
		Tallies tallies = new Tallies();
		for (PlanNode node : catalog.nodes(municipalityId)) {
			PlanCode.normalize(node.code()).ifPresent(code -> {
				for (String c = code; c != null; c = PlanCode.parent(c)) {
					if (shown(c)) {
						tallies.row(c);
					}
				}
				if (node.text() != null) {
					texts.put(code, node.text());
				}
			});
		}
		links("public_goal_plan", "l.code", "l.text", municipalityId, fiscalYear, tallies, (code, text, goal, department) -> {
			texts.putIfAbsent(code, text);
			for (String c = code; c != null; c = PlanCode.parent(c)) {
				if (shown(c)) {
					tallies.add(c, goal, department);
				}
			}
		});
		return tallies.matrix(PlanCode.ORDER, texts::get, PlanCode::depth);
	}

	/** The 基本政策 × departments matrix of a year: every policy of the municipality's list and every one linked. */
	public CoverageMatrix policyCoverage(long municipalityId, int fiscalYear) {
		Map<String, String> titles = new HashMap<>();
		Tallies tallies = new Tallies();
		for (BasicPolicy policy : catalog.policies(municipalityId)) {
			String key = Integer.toString(policy.number());
			tallies.row(key);
			if (policy.title() != null) {
				titles.put(key, policy.title());
			}
		}
		links("public_goal_policy", "cast(l.number as text)", "l.title", municipalityId, fiscalYear, tallies,
				(number, title, goal, department) -> {
					titles.putIfAbsent(number, title);
					tallies.add(number, goal, department);
				});
		return tallies.matrix((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)), titles::get,
				key -> 0);
	}

	/** The counts of each year with a published sheet, oldest first; of one department's sheets when named. */
	public List<YearTotals> yearTotals(long municipalityId, String department) {
		return jdbc.sql("""
				select fiscal_year, count(*), sum(annual_goals), sum(priority_goals), sum(mid_term_goals),
				sum(new_actions), sum(expanded_actions) from public_sheet
				where municipality_id = :m and (cast(:department as text) is null or department_name = :department)
				group by fiscal_year order by fiscal_year""")
			.param("m", municipalityId)
			.param("department", department, Types.VARCHAR)
			.query((rs, row) -> new YearTotals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7)))
			.list();
	}

	/** The departments with a published sheet in any year, by name in code-point order. */
	public List<String> departments(long municipalityId) {
		return jdbc.sql("""
				select department_name from public_sheet where municipality_id = ? group by department_name
				order by department_name collate "C\"""")
			.param(municipalityId)
			.query(String.class)
			.list();
	}

	private static boolean shown(String code) {
		int depth = PlanCode.depth(code);
		return depth == MEASURE || depth == DIRECTION;
	}

	/**
	 * The year's published sheets, each with its links from {@code table} (a sheet without any still names its
	 * department: every department with a sheet is a column).
	 */
	private void links(String table, String key, String wording, long municipalityId, int fiscalYear,
			Tallies tallies, Link link) {
		// only the fixed names above reach the statement
		jdbc.sql("select s.department_name, " + key + ", " + wording + ", s.sheet_id, l.kind, l.goal_position"
				+ " from public_sheet s left join " + table + " l on l.sheet_id = s.sheet_id"
				+ " where s.municipality_id = :m and s.fiscal_year = :year")
			.param("m", municipalityId)
			.param("year", fiscalYear)
			.query(rs -> {
				String department = rs.getString(1);
				tallies.department(department);
				String linked = rs.getString(2);
				if (linked != null) {
					link.add(linked, rs.getString(3), rs.getString(4) + "/" + rs.getString(5).strip() + "/" + rs.getInt(6),
							department);
				}
			});
	}

	/** One link row: the node's code or the policy's number, its wording there, the goal, its department. */
	@FunctionalInterface
	private interface Link {

		void add(String key, String text, String goal, String department);
	}

	/** The goals counted per row and department, and the departments seen. */
	private static final class Tallies {

		private final Set<String> departments = new TreeSet<>();

		private final Map<String, Map<String, Set<String>>> rows = new HashMap<>();

		void department(String name) {
			departments.add(name);
		}

		Map<String, Set<String>> row(String key) {
			return rows.computeIfAbsent(key, k -> new HashMap<>());
		}

		void add(String key, String goal, String department) {
			row(key).computeIfAbsent(department, d -> new HashSet<>()).add(goal);
		}

		CoverageMatrix matrix(Comparator<String> order, Function<String, String> text, ToIntFunction<String> depth) {
			List<String> columns = List.copyOf(departments);
			List<CoverageMatrix.Row> result = new ArrayList<>();
			Map<String, Map<String, Set<String>>> sorted = new TreeMap<>(order);
			sorted.putAll(rows);
			sorted.forEach((key, byDepartment) -> {
				List<Integer> counts = columns.stream()
					.map(d -> byDepartment.getOrDefault(d, Set.of()).size())
					.toList();
				result.add(new CoverageMatrix.Row(key, text.apply(key), depth.applyAsInt(key), counts));
			});
			return new CoverageMatrix(columns, result);
		}
	}
}
