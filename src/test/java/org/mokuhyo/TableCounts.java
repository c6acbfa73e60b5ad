package org.mokuhyo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row count of every table of the application's schema: taken before and after a refused request, equal maps
 * show that it left nothing behind. The audit log and the bulk-import bookkeeping are left out: they record the
 * attempt itself, by design.
 */
public final class TableCounts {

	private static final List<String> RECORDS_OF_ATTEMPTS = List.of("audit_event", "bulk_import", "bulk_import_file",
			"flyway_schema_history");

	private TableCounts() {
	}

	public static Map<String, Integer> of(JdbcClient jdbc) {
		List<String> tables = jdbc
			.sql("select table_name from information_schema.tables where table_schema = current_schema()"
					+ " and table_type = 'BASE TABLE' order by table_name")
			.query(String.class)
			.list();
		Map<String, Integer> counts = new TreeMap<>();
		for (String table : tables) {
			if (!RECORDS_OF_ATTEMPTS.contains(table)) {
				counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Integer.class).single());
			}
		}
		return counts;
	}
}
