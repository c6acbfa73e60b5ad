package org.mokuhyo.portal;

import java.util.Map;
import java.util.stream.Collectors;

import org.mokuhyo.organization.OrganizationUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sheets with a published version, of each municipality and department, for organization's lists. */
@Component
class PublishedSheetCounts implements OrganizationUsage {

	private final JdbcClient jdbc;

	PublishedSheetCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return Kind.PUBLISHED_SHEETS;
	}

	@Override
	public Map<Long, Integer> perMunicipality() {
		return counts(jdbc.sql("select municipality_id, count(*) from public_sheet group by municipality_id"));
	}

	@Override
	public Map<Long, Integer> perDepartment(long municipalityId) {
		return counts(jdbc.sql("""
				select department_id, count(*) from public_sheet where municipality_id = ? group by department_id""")
			.param(municipalityId));
	}

	private static Map<Long, Integer> counts(JdbcClient.StatementSpec query) {
		return query.query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
