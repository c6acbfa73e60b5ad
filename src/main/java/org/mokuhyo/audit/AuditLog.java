package org.mokuhyo.audit;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mokuhyo.kernel.CsvFormulas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit log (table {@code audit_event}). */
@Service
public class AuditLog {

	/** At most this many lines on a page or in one CSV: narrow the filters for more. */
	public static final int LIMIT = 1000;

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an event in the caller's transaction when there is one (a rolled-back step leaves no line), else in
	 * its own.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Long actorId, String actorName, AuditEvent.Kind kind, Long departmentId, UUID sheetId,
			String summary) {
		jdbc.sql("""
				insert into audit_event (at, actor_id, actor_name, kind, department_id, sheet_id, summary)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(clock.instant()), actorId, actorName == null ? "—" : actorName, kind.name(),
					departmentId, sheetId, summary)
			.update();
	}

	/** Newest first, at most {@link #LIMIT}. */
	public List<AuditEvent> search(AuditQuery q) {
		return search(q, null);
	}

	/**
	 * The lines of one municipality (for its administrators; null: all): those about its departments or sheets, else
	 * those of its accounts (by id, or by the name a failed sign-in gave); lines that name none of these (a failed
	 * sign-in with an unknown name) belong to no municipality and are shown to every administrator.
	 */
	public List<AuditEvent> search(AuditQuery q, Long municipalityId) {
		return jdbc.sql("""
				select e.id, e.at, e.actor_id, e.actor_name, e.kind, d.name, e.sheet_id, e.summary
				from audit_event e left join department d on d.id = e.department_id
				where (cast(:municipality as bigint) is null
				or coalesce(d.municipality_id,
				(select s.municipality_id from goal_sheet s where s.id = e.sheet_id),
				(select u.municipality_id from app_user u where u.id = e.actor_id),
				(select u.municipality_id from app_user u where e.actor_id is null and u.username = e.actor_name),
				:municipality) = :municipality)
				and (cast(:actor as text) is null or e.actor_name ilike '%' || :actor || '%')
				and (cast(:department as bigint) is null or e.department_id = :department)
				and (cast(:kind as text) is null or e.kind = :kind)
				and (cast(:from as timestamptz) is null or e.at >= :from)
				and (cast(:to as timestamptz) is null or e.at < :to)
				order by e.id desc limit :limit""")
			.param("actor", q.actor() == null || q.actor().isBlank() ? null : escapeLike(q.actor().strip()), Types.VARCHAR)
			.param("municipality", municipalityId, Types.BIGINT)
			.param("department", q.departmentId(), Types.BIGINT)
			.param("kind", q.kind() == null ? null : q.kind().name(), Types.VARCHAR)
			.param("from", startOf(q.from()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("to", startOf(q.to() == null ? null : q.to().plusDays(1)), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("limit", LIMIT)
			.query((rs, row) -> new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					(Long) rs.getObject(3), rs.getString(4), AuditEvent.Kind.valueOf(rs.getString(5)), rs.getString(6),
					rs.getObject(7, UUID.class), rs.getString(8)))
			.list();
	}

	/** The lines as CSV: UTF-8 with a BOM so that Excel opens it, a header row, Tokyo times. */
	public String csv(List<AuditEvent> events) {
		StringBuilder out = new StringBuilder("\uFEFF日時,種別,利用者,部局,シート,内容\r\n");
		for (AuditEvent e : events) {
			out.append(List.of(e.at().atZone(TOKYO).toLocalDateTime().toString(), e.kind().label(), e.actorName(),
					e.department() == null ? "" : e.department(), e.sheetId() == null ? "" : e.sheetId().toString(),
					e.summary() == null ? "" : e.summary())
				.stream()
				.map(AuditLog::csvField)
				.collect(Collectors.joining(","))).append("\r\n");
		}
		return out.toString();
	}

	/** Quoted when needed; a leading = + - @ is defused, so a spreadsheet never runs a name as a formula. */
	static String csvField(String value) {
		String v = CsvFormulas.defuse(value);
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			v = "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(TOKYO).toOffsetDateTime();
	}

	private static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
