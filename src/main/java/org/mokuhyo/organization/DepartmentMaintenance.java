package org.mokuhyo.organization;

import java.util.List;
import java.util.Map;

import org.mokuhyo.organization.DepartmentChangeRefusedException.Reason;
import org.mokuhyo.organization.OrganizationUsage.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning division prepares departments before any of their sheets exists (an import adds the ones it meets
 * through {@link Organizations}), and corrects a name. A department with sheets keeps its name: every version of a
 * sheet carries the name it was written with, and a later save of the sheet finds its department by that name.
 */
@Service
public class DepartmentMaintenance {

	static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Usages usages;

	DepartmentMaintenance(JdbcClient jdbc, Organizations organizations, Usages usages) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.usages = usages;
	}

	/** The municipality's departments by name, each with its number of sheets (counted by the sheet module). */
	public List<DepartmentRow> list(long municipalityId) {
		Map<Long, Integer> sheets = usages.of(Kind.SHEETS).perDepartment(municipalityId);
		return jdbc.sql("select id, municipality_id, name from department where municipality_id = ? order by name")
			.param(municipalityId)
			.query((rs, row) -> new DepartmentRef(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list()
			.stream()
			.map(department -> new DepartmentRow(department, sheets.getOrDefault(department.id(), 0)))
			.toList();
	}

	/** @throws DepartmentChangeRefusedException INVALID for a missing name, CONFLICT when the name is taken */
	@Transactional
	public DepartmentRef add(long municipalityId, String name) {
		String value = checkName(name);
		return jdbc.sql("""
				insert into department (municipality_id, name) values (?, ?)
				on conflict (municipality_id, name) do nothing returning id""")
			.params(municipalityId, value)
			.query(Long.class)
			.optional()
			.map(id -> new DepartmentRef(id, municipalityId, value))
			.orElseThrow(() -> taken(value));
	}

	/**
	 * A new name for a department without sheets. Its row is locked first, so a first sheet saved meanwhile either is
	 * counted here or waits for the rename.
	 *
	 * @throws DepartmentChangeRefusedException INVALID for a missing name, CONFLICT when the name is taken or the
	 *                                          department has sheets, NOT_FOUND for another municipality's department
	 * @return the department as it was before
	 */
	@Transactional
	public DepartmentRef rename(long municipalityId, long departmentId, String name) {
		String value = checkName(name);
		DepartmentRef before = jdbc.sql("""
				select id, municipality_id, name from department where id = ? and municipality_id = ? for update""")
			.params(departmentId, municipalityId)
			.query((rs, row) -> new DepartmentRef(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> new DepartmentChangeRefusedException(Reason.NOT_FOUND,
					"部局が見つかりません。一覧を開き直してください。"));
		if (before.name().equals(value)) {
			return before;
		}
		// counted after the lock: a sheet saved meanwhile has committed (and is counted) or waits on that row
		int sheets = usages.of(Kind.SHEETS).perDepartment(municipalityId).getOrDefault(departmentId, 0);
		if (sheets > 0) {
			throw new DepartmentChangeRefusedException(Reason.CONFLICT, "「" + before.name() + "」にはシートが" + sheets
					+ "件あるため名前を変更できません。シートの各版はこの名前で記録されています。組織改正で名前が変わったときは、新しい部局として追加してください。");
		}
		boolean exists = jdbc.sql("select exists (select 1 from department where municipality_id = ? and name = ?)")
			.params(municipalityId, value)
			.query(Boolean.class)
			.single();
		if (exists) {
			throw taken(value);
		}
		try {
			jdbc.sql("update department set name = ? where id = ?").params(value, departmentId).update();
		}
		catch (DuplicateKeyException ex) {
			throw taken(value); // added meanwhile by someone else
		}
		organizations.forgetDepartment(municipalityId, before.name());
		return before;
	}

	private static String checkName(String name) {
		String value = name == null ? "" : name.strip();
		if (value.isEmpty()) {
			throw new DepartmentChangeRefusedException(Reason.INVALID, "部局名を入力してください。");
		}
		if (value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl)) {
			throw new DepartmentChangeRefusedException(Reason.INVALID,
					"部局名は改行を含めず" + MAX_NAME + "文字以内で入力してください。");
		}
		return value;
	}

	private static DepartmentChangeRefusedException taken(String name) {
		return new DepartmentChangeRefusedException(Reason.CONFLICT, "部局「" + name + "」はすでにあります。");
	}
}
