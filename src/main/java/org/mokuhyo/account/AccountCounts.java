package org.mokuhyo.account;

import java.util.Map;
import java.util.stream.Collectors;

import org.mokuhyo.organization.OrganizationUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accounts of each municipality, and per department those that answer for it ({@code user_department}), for
 * organization's lists.
 */
@Component
class AccountCounts implements OrganizationUsage {

	private final JdbcClient jdbc;

	AccountCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return Kind.ACCOUNTS;
	}

	@Override
	public Map<Long, Integer> perMunicipality() {
		return counts(jdbc.sql("select municipality_id, count(*) from app_user group by municipality_id"));
	}

	@Override
	public Map<Long, Integer> perDepartment(long municipalityId) {
		return counts(jdbc.sql("""
				select d.department_id, count(*) from user_department d join app_user u on u.id = d.user_id
				where u.municipality_id = ? group by d.department_id""")
			.param(municipalityId));
	}

	private static Map<Long, Integer> counts(JdbcClient.StatementSpec query) {
		return query.query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
