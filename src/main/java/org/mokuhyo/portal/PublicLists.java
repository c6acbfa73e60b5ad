package org.mokuhyo.portal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The published read model as the API lists it: every filter at once and pages of any size (the pages'
 * {@link PortalQueries} have one filter each and 50 rows). Only published versions, as everywhere in this module.
 * Rows come in a fixed order (newest year, department by code point, place on the sheet), so pages never overlap.
 */
@Service
public class PublicLists {

	private final JdbcClient jdbc;

	PublicLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A municipality and how many sheets it has published.
	 *
	 * @param code 全国地方公共団体コード, null when not known
	 */
	public record Municipality(long id, String code, String name, int publishedSheets) {
	}

	/** Which goals: null fields match every goal; {@code planCode} matches its node and every node under it. */
	public record GoalQuery(Integer fiscalYear, String department, GoalKind kind, String planCode, Integer policy,
			Boolean priority) {
	}

	/** A goal of a published sheet, with the id it keeps across versions. */
	public record Goal(UUID sheetId, UUID goalId, int fiscalYear, String department, GoalKind kind, int number,
			String title, boolean priority, List<String> planCodes, List<Integer> policyNumbers, LocalDate asOf) {
	}

	/**
	 * An action (取組み内容) of a published sheet's annual goal, or a sub-point under it ({@code subPoint}, with the
	 * action's label).
	 */
	public record Action(UUID sheetId, int fiscalYear, String department, int goalNumber, String itemLabel,
			String label, boolean subPoint, String text, List<String> tags, String schedule, LocalDate asOf) {
	}

	/** Every municipality, or only those with a published sheet, by name. */
	public List<Municipality> municipalities(boolean publishedOnly) {
		return jdbc.sql("""
				select m.id, m.code, m.name, (select count(*) from public_sheet s where s.municipality_id = m.id)
				from municipality m order by m.name collate "C\"""")
			.query((rs, row) -> new Municipality(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list()
			.stream()
			.filter(m -> !publishedOnly || m.publishedSheets() > 0)
			.toList();
	}

	/**
	 * The municipality of that 全国地方公共団体コード, or of that name when it has no code; with {@code publishedOnly}
	 * only if it has a published sheet.
	 */
	public java.util.Optional<Municipality> municipality(String codeOrName, boolean publishedOnly) {
		return jdbc.sql("""
				select m.id, m.code, m.name, (select count(*) from public_sheet s where s.municipality_id = m.id)
				from municipality m where m.code = :key or (m.code is null and m.name = :key)""")
			.param("key", codeOrName)
			.query((rs, row) -> new Municipality(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.optional()
			.filter(m -> !publishedOnly || m.publishedSheets() > 0);
	}

	/** A page of the municipality's published sheets, newest year first, then by department. */
	public ResultPage<PublicSheet> sheets(long municipalityId, Integer fiscalYear, String department, int page,
			int size) {
		String from = """
				from public_sheet where municipality_id = :m and (cast(:year as integer) is null or fiscal_year = :year)
				and (cast(:department as text) is null or department_name = :department)""";
		int total = bind(jdbc.sql("select count(*) " + from), municipalityId, fiscalYear, department)
			.query(Integer.class)
			.single();
		List<PublicSheet> rows = bind(jdbc.sql("""
				select sheet_id, department_name, fiscal_year, published_version, as_of, phase, annual_goals,
				mid_term_goals, priority_goals, new_actions, expanded_actions\s""" + from + """
				 order by fiscal_year desc, department_name collate "C", sheet_id limit :limit offset :offset"""),
				municipalityId, fiscalYear, department)
			.param("limit", size)
			.param("offset", offset(page, size))
			.query((rs, row) -> new PublicSheet(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
					rs.getInt(4), rs.getObject(5, LocalDate.class), org.mokuhyo.workflow.Phase.valueOf(rs.getString(6)),
					rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11)))
			.list();
		return new ResultPage<>(rows, total, page, size);
	}

	/** A page of the goals {@code query} selects. */
	public ResultPage<Goal> goals(long municipalityId, GoalQuery query, int page, int size) {
		String from = """
				from public_goal g join public_sheet s on s.sheet_id = g.sheet_id
				where s.municipality_id = :m and (cast(:year as integer) is null or s.fiscal_year = :year)
				and (cast(:department as text) is null or s.department_name = :department)
				and (cast(:kind as text) is null or g.kind = :kind)
				and (cast(:priority as boolean) is null or g.priority = :priority)
				and (cast(:code as text) is null or exists (select 1 from public_goal_plan l where l.sheet_id = g.sheet_id
					and l.kind = g.kind and l.goal_position = g.position and (l.code = :code or l.code like :below)))
				and (cast(:policy as integer) is null or exists (select 1 from public_goal_policy l
					where l.sheet_id = g.sheet_id and l.kind = g.kind and l.goal_position = g.position
					and l.number = :policy))""";
		int total = goalParams(jdbc.sql("select count(*) " + from), municipalityId, query).query(Integer.class).single();
		List<Goal> rows = goalParams(jdbc.sql("""
				select s.sheet_id, g.goal_id, s.fiscal_year, s.department_name, g.kind, g.number, g.title, g.priority,
				array(select l.code from public_goal_plan l where l.sheet_id = g.sheet_id and l.kind = g.kind
				and l.goal_position = g.position order by l.position),
				array(select l.number from public_goal_policy l where l.sheet_id = g.sheet_id and l.kind = g.kind
				and l.goal_position = g.position order by l.position), s.as_of\s""" + from + """
				 order by s.fiscal_year desc, s.department_name collate "C", s.sheet_id, g.kind, g.position
				limit :limit offset :offset"""), municipalityId, query)
			.param("limit", size)
			.param("offset", offset(page, size))
			.query((rs, row) -> new Goal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
					rs.getString(4), GoalKind.of(rs.getString(5).strip()), rs.getInt(6), rs.getString(7),
					rs.getBoolean(8), Arrays.asList((String[]) array(rs, 9)), Arrays.asList((Integer[]) array(rs, 10)),
					rs.getObject(11, LocalDate.class)))
			.list();
		return new ResultPage<>(rows, total, page, size);
	}

	/** A page of the actions and sub-points of annual goals; {@code tag} (新規, 拡充) null: all of them. */
	public ResultPage<Action> actions(long municipalityId, Integer fiscalYear, String department, String tag,
			int page, int size) {
		String from = """
				from public_action a join public_sheet s on s.sheet_id = a.sheet_id
				where s.municipality_id = :m and (cast(:year as integer) is null or s.fiscal_year = :year)
				and (cast(:department as text) is null or s.department_name = :department)
				and (cast(:tag as text) is null or a.tags @> array[cast(:tag as text)])""";
		int total = bind(jdbc.sql("select count(*) " + from), municipalityId, fiscalYear, department)
			.param("tag", tag, Types.VARCHAR)
			.query(Integer.class)
			.single();
		List<Action> rows = bind(jdbc.sql("""
				select s.sheet_id, s.fiscal_year, s.department_name, a.goal_number, a.item_label, a.label,
				a.sub_position >= 0, a.text, a.tags, a.schedule_text, s.as_of\s""" + from + """
				 order by s.fiscal_year desc, s.department_name collate "C", s.sheet_id, a.goal_position,
				a.item_position, a.action_position, a.sub_position limit :limit offset :offset"""), municipalityId,
				fiscalYear, department)
			.param("tag", tag, Types.VARCHAR)
			.param("limit", size)
			.param("offset", offset(page, size))
			.query((rs, row) -> new Action(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
					Arrays.asList((String[]) array(rs, 9)), rs.getString(10), rs.getObject(11, LocalDate.class)))
			.list();
		return new ResultPage<>(rows, total, page, size);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long municipalityId,
			Integer fiscalYear, String department) {
		return spec.param("m", municipalityId)
			.param("year", fiscalYear, Types.INTEGER)
			.param("department", department, Types.VARCHAR);
	}

	private static JdbcClient.StatementSpec goalParams(JdbcClient.StatementSpec spec, long municipalityId,
			GoalQuery q) {
		return bind(spec, municipalityId, q.fiscalYear(), q.department())
			.param("kind", q.kind() == null ? null : q.kind().code(), Types.VARCHAR)
			.param("priority", q.priority(), Types.BOOLEAN)
			.param("code", q.planCode(), Types.VARCHAR)
			.param("below", q.planCode() == null ? null : q.planCode() + "-%", Types.VARCHAR)
			.param("policy", q.policy(), Types.INTEGER);
	}

	private static long offset(int page, int size) {
		return (long) (page - 1) * size;
	}

	private static Object array(ResultSet rs, int column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? new Object[0] : array.getArray();
	}
}
