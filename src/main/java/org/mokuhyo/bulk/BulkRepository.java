package org.mokuhyo.bulk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of bulk imports. */
@Repository
class BulkRepository {

	private static final String JOB = """
			select b.id, b.source_name, b.fiscal_year, b.municipality, b.published, b.created_at, b.created_by,
			b.created_by_name, b.current_file, b.runner, b.heartbeat_at, b.interrupted_at, b.finished_at,
			(select count(*) from bulk_import_file f where f.bulk_id = b.id),
			(select count(*) from bulk_import_file f where f.bulk_id = b.id and f.outcome = 'IMPORTED'),
			(select count(*) from bulk_import_file f where f.bulk_id = b.id and f.outcome = 'WARNINGS'),
			(select count(*) from bulk_import_file f where f.bulk_id = b.id and f.outcome = 'UNCHANGED'),
			(select count(*) from bulk_import_file f where f.bulk_id = b.id and f.outcome = 'REFUSED')
			from bulk_import b""";

	private static final String FILE = """
			select position, name, size, outcome, code, message, warnings, sheet_id, version, department, fiscal_year,
			done_at from bulk_import_file""";

	private final JdbcClient jdbc;

	BulkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertJob(UUID id, String sourceName, BulkImports.Options options, Long userId, String userName,
			Instant now) {
		jdbc.sql("""
				insert into bulk_import (id, source_name, fiscal_year, municipality, published, created_at, created_by,
				created_by_name) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, sourceName, options.fiscalYear(), options.municipality(), options.published(),
					Timestamp.from(now), userId, userName)
			.update();
	}

	void insertFile(UUID id, int position, ArchiveEntry entry, Instant now) {
		boolean refused = entry.refusalCode() != null;
		jdbc.sql("""
				insert into bulk_import_file (bulk_id, position, name, size, content, outcome, code, message, done_at)
				values (:id, :position, :name, :size, :content, :outcome, :code, :message, :done)""")
			.param("id", id)
			.param("position", position)
			.param("name", entry.name())
			.param("size", entry.size())
			.param("content", entry.content(), Types.BINARY)
			.param("outcome", refused ? FileOutcome.REFUSED.name() : null, Types.VARCHAR)
			.param("code", entry.refusalCode(), Types.VARCHAR)
			.param("message", entry.refusalMessage(), Types.VARCHAR)
			// an OffsetDateTime: the driver refuses a Timestamp declared as TIMESTAMP_WITH_TIMEZONE
			.param("done", refused ? OffsetDateTime.ofInstant(now, ZoneOffset.UTC) : null, Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
	}

	Optional<BulkImport> find(UUID id) {
		return jdbc.sql(JOB + " where b.id = ?").param(id).query(BulkRepository::job).optional();
	}

	/**
	 * Newest first; of one creator when {@code createdBy} is not null, of one municipality's accounts when
	 * {@code municipalityId} is not null.
	 */
	List<BulkImport> list(Long createdBy, Long municipalityId, int limit) {
		return jdbc.sql(JOB + "\n" + """
				where (cast(:by as bigint) is null or b.created_by = :by)
				and (cast(:m as bigint) is null
				or b.created_by in (select u.id from app_user u where u.municipality_id = :m))
				order by b.created_at desc limit :limit""")
			.param("by", createdBy, Types.BIGINT)
			.param("m", municipalityId, Types.BIGINT)
			.param("limit", limit)
			.query(BulkRepository::job)
			.list();
	}

	/** Whether the import was started by an account of that municipality. */
	boolean startedIn(UUID id, long municipalityId) {
		return jdbc.sql("""
				select count(*) from bulk_import b join app_user u on u.id = b.created_by
				where b.id = :id and u.municipality_id = :m""")
			.param("id", id)
			.param("m", municipalityId)
			.query(Long.class)
			.single() > 0;
	}

	List<BulkFile> files(UUID id) {
		return jdbc.sql(FILE + " where bulk_id = ? order by position").param(id).query(BulkRepository::file).list();
	}

	Optional<BulkFile> file(UUID id, int position) {
		return jdbc.sql(FILE + " where bulk_id = ? and position = ?")
			.params(id, position)
			.query(BulkRepository::file)
			.optional();
	}

	private static BulkFile file(ResultSet rs, int row) throws SQLException {
		return new BulkFile(rs.getInt(1), rs.getString(2), rs.getLong(3),
					rs.getString(4) == null ? null : FileOutcome.valueOf(rs.getString(4)), rs.getString(5),
					rs.getString(6), (Integer) rs.getObject(7), rs.getObject(8, UUID.class), (Integer) rs.getObject(9),
					rs.getString(10), (Integer) rs.getObject(11), instant(rs, 12));
	}

	/** The files still to do, in order. */
	List<Todo> todo(UUID id) {
		return jdbc.sql("select position, name from bulk_import_file where bulk_id = ? and outcome is null order by position")
			.param(id)
			.query((rs, row) -> new Todo(rs.getInt(1), rs.getString(2)))
			.list();
	}

	record Todo(int position, String name) {
	}

	/** The file to import, locked for this transaction; empty when done already or taken by another runner. */
	Optional<Pending> claim(UUID id, int position) {
		return jdbc.sql("""
				select name, content from bulk_import_file where bulk_id = ? and position = ? and outcome is null
				for update skip locked""")
			.params(id, position)
			.query((rs, row) -> new Pending(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	void done(UUID id, int position, FileOutcome outcome, String code, String message, Integer warnings,
			UUID sheetId, Integer version, String department, Integer fiscalYear, Instant now) {
		jdbc.sql("""
				update bulk_import_file set outcome = :outcome, code = :code, message = :message, warnings = :warnings,
				sheet_id = :sheet, version = :version, department = :department, fiscal_year = :year, content = null,
				done_at = :now where bulk_id = :id and position = :position""")
			.param("outcome", outcome.name())
			.param("code", code, Types.VARCHAR)
			.param("message", message, Types.VARCHAR)
			.param("warnings", warnings, Types.INTEGER)
			.param("sheet", sheetId, Types.OTHER)
			.param("version", version, Types.INTEGER)
			.param("department", department, Types.VARCHAR)
			.param("year", fiscalYear, Types.INTEGER)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("position", position)
			.update();
	}

	/**
	 * Makes {@code runner} the import's runner, when it has none or its runner has been silent since
	 * {@code staleBefore}.
	 *
	 * @return whether it did
	 */
	boolean claimRun(UUID id, String runner, Instant now, Instant staleBefore) {
		return jdbc.sql("""
				update bulk_import set runner = :runner, heartbeat_at = :now, interrupted_at = null, current_file = null
				where id = :id and (runner is null or heartbeat_at is null or heartbeat_at < :stale)""")
			.param("runner", runner)
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(staleBefore))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * The runner's sign of life and the file it reads now.
	 *
	 * @return false when it is no longer the import's runner (found silent, and taken over): it stops
	 */
	boolean beat(UUID id, String runner, String currentFile, Instant now) {
		return jdbc.sql("update bulk_import set current_file = ?, heartbeat_at = ? where id = ? and runner = ?")
			.params(currentFile, Timestamp.from(now), id, runner)
			.update() == 1;
	}

	/** Signs of life of this process's runners, between files too. */
	void beatAll(Collection<String> runners, Instant now) {
		jdbc.sql("update bulk_import set heartbeat_at = :now where runner in (:runners)")
			.param("now", Timestamp.from(now))
			.param("runners", runners)
			.update();
	}

	/** The imports that have a runner, with it and its last beat: those whose runner may have gone. */
	List<Running> running(UUID id) {
		return jdbc.sql("""
				select id, runner, heartbeat_at from bulk_import where runner is not null
				and (cast(:id as uuid) is null or id = :id)""")
			.param("id", id, Types.OTHER)
			.query((rs, row) -> new Running(rs.getObject(1, UUID.class), rs.getString(2), instant(rs, 3)))
			.list();
	}

	record Running(UUID id, String runner, Instant heartbeatAt) {
	}

	/** Its runner has gone: no one runs it now. Nothing when another runner took it meanwhile. */
	void interrupted(UUID id, String runner, Instant now) {
		jdbc.sql("""
				update bulk_import set runner = null, current_file = null, interrupted_at = ? where id = ? and runner = ?
				and exists (select 1 from bulk_import_file where bulk_id = ? and outcome is null)""")
			.params(Timestamp.from(now), id, runner, id)
			.update();
	}

	/** The runner stops: finished when no file is left, else interrupted (the server stops, or the run was taken). */
	void released(UUID id, String runner, Instant now) {
		jdbc.sql("""
				update bulk_import set runner = null, current_file = null,
				finished_at = case when left_over then null else coalesce(finished_at, cast(:now as timestamptz)) end,
				interrupted_at = case when left_over then cast(:now as timestamptz) end
				from (select exists (select 1 from bulk_import_file where bulk_id = :id and outcome is null) as left_over) f
				where id = :id and runner = :runner""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("runner", runner)
			.update();
	}

	/** Every file has its outcome (a runner stopped after the last one, before saying so). */
	void finished(UUID id, Instant now) {
		jdbc.sql("""
				update bulk_import set finished_at = ?, current_file = null where id = ? and finished_at is null
				and not exists (select 1 from bulk_import_file where bulk_id = ? and outcome is null)""")
			.params(Timestamp.from(now), id, id)
			.update();
	}

	record Pending(String name, byte[] content) {
	}

	private static BulkImport job(ResultSet rs, int row) throws SQLException {
		return new BulkImport(rs.getObject(1, UUID.class), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
				rs.getBoolean(5), instant(rs, 6), (Long) rs.getObject(7), rs.getString(8), rs.getString(9),
				rs.getString(10), instant(rs, 11), instant(rs, 12), instant(rs, 13), rs.getInt(14), rs.getInt(15),
				rs.getInt(16), rs.getInt(17), rs.getInt(18));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
