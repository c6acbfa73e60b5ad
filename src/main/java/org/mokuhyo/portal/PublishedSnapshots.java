package org.mokuhyo.portal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.mokuhyo.workflow.Phase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published versions' snapshots, one at a time, for exports of many sheets (open data): read through a
 * server-side cursor ({@link #FETCH_SIZE} rows a round trip, which PostgreSQL's driver does only inside a
 * transaction), so memory stays the same however many sheets a year holds. Only what the read model holds: a draft,
 * an edit after publication or a withdrawn sheet never appears.
 */
@Service
public class PublishedSnapshots {

	/** Rows fetched per round trip; a snapshot is some tens of kilobytes. */
	static final int FETCH_SIZE = 32;

	private static final String SELECT = """
			select p.sheet_id, m.name, m.code, p.fiscal_year, p.department_name, p.published_version, p.published_at,
			p.as_of, p.phase, v.snapshot::text
			from public_sheet p join municipality m on m.id = p.municipality_id
			join sheet_version v on v.sheet_id = p.sheet_id and v.version = p.published_version
			where (cast(? as bigint) is null or p.municipality_id = ?) and (cast(? as integer) is null or p.fiscal_year = ?)
			order by m.code collate "C", m.name collate "C", p.fiscal_year, p.department_name collate "C", p.sheet_id""";

	private final JdbcTemplate jdbc;

	PublishedSnapshots(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
	}

	/**
	 * Hands each published sheet to {@code each}, ordered by municipality (code, then name), fiscal year, department.
	 * Joins the caller's transaction when there is one (several passes then read the same data).
	 *
	 * @param municipalityId null for every municipality
	 * @param fiscalYear     null for every year
	 * @return how many were handed over
	 */
	@Transactional(readOnly = true)
	public long forEach(Long municipalityId, Integer fiscalYear, Consumer<PublishedSnapshot> each) {
		long[] count = { 0 };
		RowCallbackHandler row = rs -> {
			Timestamp at = rs.getTimestamp(7);
			String phase = rs.getString(9);
			each.accept(new PublishedSnapshot(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getInt(4), rs.getString(5), rs.getInt(6), at.toInstant(), rs.getObject(8, LocalDate.class),
					Phase.valueOf(phase), rs.getString(10)));
			count[0]++;
		};
		jdbc.query(SELECT, ps -> bind(ps, municipalityId, fiscalYear), row);
		return count[0];
	}

	/**
	 * A short text that changes whenever what {@link #forEach} gives for the same arguments changes (a publication, a
	 * withdrawal, another published version, the municipality's code or name): a key for what was computed from it.
	 * One aggregate over the read model's rows, without reading a snapshot.
	 */
	public String stamp(Long municipalityId, Integer fiscalYear) {
		return jdbc.query("""
				select count(*) || ':' || coalesce(md5(string_agg(p.sheet_id || '/' || p.published_version || '/'
				|| p.published_at || '/' || coalesce(m.code, '') || '/' || m.name, ',' order by p.sheet_id)), '')
				from public_sheet p join municipality m on m.id = p.municipality_id
				where (cast(? as bigint) is null or p.municipality_id = ?) and (cast(? as integer) is null or p.fiscal_year = ?)""",
				ps -> bind(ps, municipalityId, fiscalYear), rs -> rs.next() ? rs.getString(1) : "");
	}

	private static void bind(PreparedStatement ps, Long municipalityId, Integer fiscalYear) throws SQLException {
		ps.setObject(1, municipalityId, Types.BIGINT);
		ps.setObject(2, municipalityId, Types.BIGINT);
		ps.setObject(3, fiscalYear, Types.INTEGER);
		ps.setObject(4, fiscalYear, Types.INTEGER);
	}
}
