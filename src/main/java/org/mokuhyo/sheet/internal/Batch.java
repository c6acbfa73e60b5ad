package org.mokuhyo.sheet.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one batched insert. Every parameter is set by its declared column type: a null of unknown type would
 * make the driver ask the server for the statement's parameter types, one round trip per null.
 */
final class Batch {

	enum Type {
		UUID, TEXT, INT, LONG, BOOLEAN, NUMERIC, TEXT_ARRAY
	}

	private final String sql;

	private final Type[] types;

	private final List<Object[]> rows = new ArrayList<>();

	Batch(String sql, Type... types) {
		this.sql = sql;
		this.types = types;
	}

	void add(Object... values) {
		if (values.length != types.length) {
			throw new IllegalArgumentException(values.length + " values for " + types.length + " columns: " + sql);
		}
		rows.add(values);
	}

	void run(JdbcTemplate jdbc) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int row) throws SQLException {
				Object[] values = rows.get(row);
				for (int i = 0; i < values.length; i++) {
					set(ps, i + 1, types[i], values[i]);
				}
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		});
	}

	private static void set(PreparedStatement ps, int index, Type type, Object value) throws SQLException {
		if (value == null) {
			ps.setNull(index, switch (type) {
				case UUID -> Types.OTHER;
				case TEXT -> Types.VARCHAR;
				case INT -> Types.INTEGER;
				case LONG -> Types.BIGINT;
				case BOOLEAN -> Types.BOOLEAN;
				case NUMERIC -> Types.NUMERIC;
				case TEXT_ARRAY -> Types.ARRAY;
			});
			return;
		}
		switch (type) {
			case UUID -> ps.setObject(index, (UUID) value);
			case TEXT -> ps.setString(index, (String) value);
			case INT -> ps.setInt(index, (Integer) value);
			case LONG -> ps.setLong(index, (Long) value);
			case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
			case NUMERIC -> ps.setBigDecimal(index, (BigDecimal) value);
			case TEXT_ARRAY -> ps.setArray(index,
					ps.getConnection().createArrayOf("text", ((List<?>) value).toArray(String[]::new)));
		}
	}
}
