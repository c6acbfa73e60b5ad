package org.mokuhyo.workflow.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Hearing;
import org.mokuhyo.workflow.Phase;
import org.mokuhyo.workflow.Publication;
import org.mokuhyo.workflow.SheetStatus;
import org.mokuhyo.workflow.SheetWorkflow;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.StepRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the cycle: sheet_workflow, sheet_step, hearing, hearing_goal_comment. */
@Repository
public class WorkflowRepository {

	private static final String COLUMNS = "status, version, published_version, head_approved, executive_approved, phase";

	private final JdbcClient jdbc;

	WorkflowRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Long> departmentId(UUID sheetId) {
		return jdbc.sql("select department_id from sheet_workflow where sheet_id = ?").param(sheetId).query(Long.class).optional();
	}

	/** The states of many sheets at once (for lists). */
	public java.util.Map<UUID, SheetWorkflow> findAll(java.util.Collection<UUID> sheetIds) {
		java.util.Map<UUID, SheetWorkflow> states = new java.util.HashMap<>();
		if (sheetIds.isEmpty()) {
			return states;
		}
		jdbc.sql("select sheet_id, " + COLUMNS + " from sheet_workflow where sheet_id = any(?)")
			.param(sheetIds.toArray(UUID[]::new))
			.query((rs, row) -> states.put(rs.getObject(1, UUID.class), new SheetWorkflow(
					SheetStatus.valueOf(rs.getString(2)), rs.getInt(3), (Integer) rs.getObject(4), rs.getBoolean(5),
					rs.getBoolean(6), Phase.valueOf(rs.getString(7)))))
			.list();
		return states;
	}

	/** Published sheets, newest fiscal year first, with the counts of their published versions. */
	public List<org.mokuhyo.sheet.SheetSummary> published(Integer fiscalYear, String department) {
		return jdbc.sql("""
				select s.id, m.name, s.fiscal_year, d.name, w.published_version, w.published_at,
				coalesce(v.annual_goals, 0), coalesce(v.mid_term_goals, 0)
				from sheet_workflow w join goal_sheet s on s.id = w.sheet_id
				join municipality m on m.id = s.municipality_id join department d on d.id = s.department_id
				join sheet_version v on v.sheet_id = s.id and v.version = w.published_version
				where w.published_version is not null
				and (cast(:year as integer) is null or s.fiscal_year = :year)
				and (cast(:department as text) is null or d.name = :department)
				order by s.fiscal_year desc, d.name, m.name""")
			.param("year", fiscalYear, java.sql.Types.INTEGER)
			.param("department", department, java.sql.Types.VARCHAR)
			.query((rs, row) -> new org.mokuhyo.sheet.SheetSummary(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getInt(3), org.mokuhyo.kernel.Era.fiscalYearLabel(rs.getInt(3)), rs.getString(4), rs.getInt(5),
					rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7), rs.getInt(8), 0))
			.list();
	}

	public Optional<SheetWorkflow> find(UUID sheetId) {
		return jdbc.sql("select " + COLUMNS + " from sheet_workflow where sheet_id = ?")
			.param(sheetId)
			.query((rs, row) -> state(rs))
			.optional();
	}

	/** The state, locked until the transaction ends: steps on one sheet take turns. */
	public Optional<SheetWorkflow> lock(UUID sheetId) {
		return jdbc.sql("select " + COLUMNS + " from sheet_workflow where sheet_id = ? for update")
			.param(sheetId)
			.query((rs, row) -> state(rs))
			.optional();
	}

	/** The published version with the state's revision, for caches. */
	public Optional<long[]> publication(UUID sheetId) {
		return jdbc.sql("select revision, coalesce(published_version, -1) from sheet_workflow where sheet_id = ?")
			.param(sheetId)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	/** @return the new revision */
	public long insert(UUID sheetId, long departmentId, SheetWorkflow state, Instant at) {
		jdbc.sql("""
				insert into sheet_workflow (sheet_id, department_id, status, version, published_version, published_at,
				as_of, head_approved, executive_approved, phase, revision, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""")
			.params(sheetId, departmentId, state.status().name(), state.version(), state.publishedVersion(),
					state.published() ? odt(at) : null, state.published() ? LocalDate.ofInstant(at, TOKYO) : null,
					state.headApproved(), state.executiveApproved(), state.phase().name(), odt(at))
			.update();
		return 1;
	}

	/**
	 * @param asOf the 作成基準日 to show with a new publication (null: keep)
	 * @return the new revision
	 */
	public long update(UUID sheetId, SheetWorkflow before, SheetWorkflow after, LocalDate asOf, Instant at) {
		boolean newlyPublished = after.published() && !java.util.Objects.equals(before.publishedVersion(),
				after.publishedVersion());
		return jdbc.sql("""
				update sheet_workflow set status = ?, version = ?, published_version = ?,
				published_at = case when ? then ? when ? then null else published_at end,
				as_of = case when ? then ? when ? then null else as_of end,
				head_approved = ?, executive_approved = ?, phase = ?, revision = revision + 1, updated_at = ?
				where sheet_id = ? returning revision""")
			.params(after.status().name(), after.version(), after.publishedVersion(), newlyPublished, odt(at),
					!after.published(), newlyPublished, asOf == null ? LocalDate.ofInstant(at, TOKYO) : asOf,
					!after.published(), after.headApproved(), after.executiveApproved(), after.phase().name(),
					odt(at), sheetId)
			.query(Long.class)
			.single();
	}

	public Optional<Publication> publicationDates(UUID sheetId) {
		return jdbc.sql("select published_at, as_of from sheet_workflow where sheet_id = ? and published_version is not null")
			.param(sheetId)
			.query((rs, row) -> new Publication(rs.getObject(1, OffsetDateTime.class).toInstant(),
					rs.getObject(2, LocalDate.class)))
			.optional();
	}

	public void recordStep(UUID sheetId, Step step, SheetStatus from, SheetStatus to, int version, Actor actor,
			String comment, Instant at, Phase phase) {
		jdbc.sql("""
				insert into sheet_step (sheet_id, step, from_status, to_status, version, actor_id, actor_name, comment, at,
				phase) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(sheetId, step.name(), from == null ? null : from.name(), to.name(), version, actor.userId(),
					actor.name(), comment, odt(at), phase.name())
			.update();
	}

	public List<StepRecord> steps(UUID sheetId) {
		return jdbc.sql("""
				select step, from_status, to_status, version, actor_name, comment, at, phase from sheet_step
				where sheet_id = ? order by id""")
			.param(sheetId)
			.query((rs, row) -> new StepRecord(Step.valueOf(rs.getString(1)),
					rs.getString(2) == null ? null : SheetStatus.valueOf(rs.getString(2)),
					SheetStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class).toInstant(), Phase.valueOf(rs.getString(8))))
			.list();
	}

	/** The fiscal year of the sheet (the review opens in its fourth quarter). */
	public Optional<Integer> fiscalYear(UUID sheetId) {
		return jdbc.sql("select fiscal_year from goal_sheet where id = ?").param(sheetId).query(Integer.class).optional();
	}

	public long insertHearing(UUID sheetId, Hearing hearing, Actor actor, Instant at) {
		long id = jdbc.sql("""
				insert into hearing (sheet_id, version, held_on, participants, comment, recorded_by_id,
				recorded_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(sheetId, hearing.version(), Date.valueOf(hearing.heldOn()), hearing.participants(),
					hearing.comment(), actor.userId(), actor.name(), odt(at))
			.query(Long.class)
			.single();
		for (int i = 0; i < hearing.goalComments().size(); i++) {
			Hearing.GoalComment c = hearing.goalComments().get(i);
			jdbc.sql("""
					insert into hearing_goal_comment (hearing_id, position, goal_id, goal_number, goal_title, comment)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, i, c.goalId(), c.goalNumber(), c.goalTitle(), c.comment())
				.update();
		}
		return id;
	}

	public List<Hearing> hearings(UUID sheetId) {
		List<Hearing> hearings = jdbc.sql("""
				select id, version, held_on, participants, comment, recorded_by_name, recorded_at from hearing
				where sheet_id = ? order by id""")
			.param(sheetId)
			.query((rs, row) -> new Hearing(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5), List.of(), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class).toInstant()))
			.list();
		return hearings.stream()
			.map(h -> new Hearing(h.id(), h.version(), h.heldOn(), h.participants(), h.comment(),
					jdbc.sql("""
							select goal_id, goal_number, goal_title, comment from hearing_goal_comment
							where hearing_id = ? order by position""")
						.param(h.id())
						.query((rs, row) -> new Hearing.GoalComment(rs.getObject(1, UUID.class),
								(Integer) rs.getObject(2), rs.getString(3), rs.getString(4)))
						.list(),
					h.recordedBy(), h.recordedAt()))
			.toList();
	}

	private static final java.time.ZoneId TOKYO = java.time.ZoneId.of("Asia/Tokyo");

	private static SheetWorkflow state(ResultSet rs) throws SQLException {
		return new SheetWorkflow(SheetStatus.valueOf(rs.getString(1)), rs.getInt(2), (Integer) rs.getObject(3),
				rs.getBoolean(4), rs.getBoolean(5), Phase.valueOf(rs.getString(6)));
	}

	private static OffsetDateTime odt(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}
}
