package org.mokuhyo.progress.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.TargetKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of 進行管理: action_progress (one row per action and quarter) and target_actual. */
@Repository
public class ProgressRepository {

	private final JdbcClient jdbc;

	ProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The saved progress of a sheet's actions in a quarter, by action id. */
	public Map<UUID, ActionProgress> find(UUID sheetId, int quarter) {
		Map<UUID, Map<TargetKey, BigDecimal>> actuals = new HashMap<>();
		jdbc.sql("""
				select action_id, sub_item_position, target_position, actual from target_actual
				where sheet_id = ? and quarter = ?""")
			.param(sheetId)
			.param(quarter)
			.query(rs -> {
				actuals.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
					.put(new TargetKey(rs.getInt(2), rs.getInt(3)), rs.getBigDecimal(4));
			});
		Map<UUID, ActionProgress> found = new LinkedHashMap<>();
		jdbc.sql("""
				select action_id, status, comment, updated_by_name, updated_at, version from action_progress
				where sheet_id = ? and quarter = ? order by id""")
			.param(sheetId)
			.param(quarter)
			.query(rs -> {
				UUID action = rs.getObject(1, UUID.class);
				found.put(action, new ActionProgress(action, quarter, ProgressStatus.valueOf(rs.getString(2)),
						rs.getString(3), actuals.getOrDefault(action, Map.of()), rs.getString(4),
						rs.getTimestamp(5).toInstant(), rs.getInt(6)));
			});
		return found;
	}

	/** The sheets with at least one saved update, of any quarter. */
	public Set<UUID> sheetsWithUpdates() {
		return new HashSet<>(jdbc.sql("select distinct sheet_id from action_progress").query(UUID.class).list());
	}

	/** The actions of the sheet with an update for the quarter. */
	public Set<UUID> reported(UUID sheetId, int quarter) {
		return new HashSet<>(jdbc.sql("select action_id from action_progress where sheet_id = ? and quarter = ?")
			.param(sheetId)
			.param(quarter)
			.query(UUID.class)
			.list());
	}

	/** A first update of the action for the quarter; false when one exists already (saved meanwhile by another). */
	public boolean insert(UUID sheetId, UUID actionId, int fiscalYear, int quarter, ProgressStatus status,
			String comment, Long userId, String userName, Instant now) {
		return jdbc.sql("""
				insert into action_progress (sheet_id, action_id, fiscal_year, quarter, status, comment, updated_by_id,
					updated_by_name, updated_at)
				values (:sheet, :action, :year, :quarter, :status, :comment, :userId, :userName, :now)
				on conflict (action_id, quarter) do nothing""")
			.param("sheet", sheetId)
			.param("action", actionId)
			.param("year", fiscalYear)
			.param("quarter", quarter)
			.param("status", status.name())
			.param("comment", comment)
			.param("userId", userId)
			.param("userName", userName)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Changes the update saved as {@code baseVersion}; false when that is no longer the saved version. */
	public boolean update(UUID sheetId, UUID actionId, int quarter, int baseVersion, ProgressStatus status,
			String comment, Long userId, String userName, Instant now) {
		return jdbc.sql("""
				update action_progress set status = :status, comment = :comment, updated_by_id = :userId,
					updated_by_name = :userName, updated_at = :now, version = version + 1
				where sheet_id = :sheet and action_id = :action and quarter = :quarter and version = :base""")
			.param("sheet", sheetId)
			.param("action", actionId)
			.param("quarter", quarter)
			.param("base", baseVersion)
			.param("status", status.name())
			.param("comment", comment)
			.param("userId", userId)
			.param("userName", userName)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Withdraws the update saved as {@code baseVersion}; false when that is no longer the saved version. */
	public boolean delete(UUID sheetId, UUID actionId, int quarter, int baseVersion) {
		return jdbc.sql("""
				delete from action_progress
				where sheet_id = :sheet and action_id = :action and quarter = :quarter and version = :base""")
			.param("sheet", sheetId)
			.param("action", actionId)
			.param("quarter", quarter)
			.param("base", baseVersion)
			.update() == 1;
	}

	/** The action's actual values for the quarter become exactly {@code actuals}. */
	public void replaceActuals(UUID sheetId, UUID actionId, int quarter, Map<TargetKey, BigDecimal> actuals) {
		jdbc.sql("delete from target_actual where sheet_id = ? and action_id = ? and quarter = ?")
			.param(sheetId)
			.param(actionId)
			.param(quarter)
			.update();
		for (Map.Entry<TargetKey, BigDecimal> actual : actuals.entrySet()) {
			jdbc.sql("""
					insert into target_actual (sheet_id, action_id, sub_item_position, target_position, quarter, actual)
					values (?, ?, ?, ?, ?, ?)""")
				.param(sheetId)
				.param(actionId)
				.param(actual.getKey().subItem())
				.param(actual.getKey().target())
				.param(quarter)
				.param(actual.getValue())
				.update();
		}
	}
}
