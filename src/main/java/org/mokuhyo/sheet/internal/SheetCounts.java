package org.mokuhyo.sheet.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.mokuhyo.organization.OrganizationUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sheets (every fiscal year, drafts included) of each municipality and department, for organization's lists. */
@Component
class SheetCounts implements OrganizationUsage {

	private final JdbcClient jdbc;

	SheetCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return Kind.SHEETS;
	}

	@Override
	public Map<Long, Integer> perMunicipality() {
		return counts(jdbc.sql("select municipality_id, count(*) from goal_sheet group by municipality_id"));
	}

	@Override
	public Map<Long, Integer> perDepartment(long municipalityId) {
		return counts(jdbc.sql("""
				select department_id, count(*) from goal_sheet where municipality_id = ? group by department_id""")
			.param(municipalityId));
	}

	static Map<Long, Integer> counts(JdbcClient.StatementSpec query) {
		return query.query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
