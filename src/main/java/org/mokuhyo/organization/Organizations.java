package org.mokuhyo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.mokuhyo.platform.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds or creates municipalities (市区町村) and their departments (部局). Ids are cached for the life of the process because every import
 * asks for them; an id only enters the cache once its transaction committed, so a rolled-back creation is never
 * handed out.
 */
@Service
public class Organizations {

	private final JdbcClient jdbc;

	private final Map<String, MunicipalityRef> municipalities = new ConcurrentHashMap<>();

	private final Map<DepartmentKey, Long> departments = new ConcurrentHashMap<>();

	Organizations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The municipality of that name; created when new. A known municipality without a code takes the given one; a
	 * code already stored is kept.
	 */
	public MunicipalityRef findOrCreateMunicipality(String name, String code) {
		requireText(name, "municipality name");
		String givenCode = blankToNull(code);
		MunicipalityRef cached = municipalities.get(name);
		if (cached != null && (cached.code() != null || givenCode == null)) {
			return cached;
		}
		MunicipalityRef found = selectMunicipality(name).orElseGet(() -> insertMunicipality(name, givenCode));
		MunicipalityRef ref = found.code() == null && givenCode != null ? fillCode(found, givenCode) : found;
		AfterCommit.run(() -> municipalities.put(name, ref));
		return ref;
	}

	public Optional<MunicipalityRef> findMunicipality(String name) {
		MunicipalityRef cached = municipalities.get(name);
		return cached != null ? Optional.of(cached) : selectMunicipality(name);
	}

	/** The municipality of that 全国地方公共団体コード (six digits, as stored). */
	public Optional<MunicipalityRef> findMunicipalityByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select id, name, code from municipality where code = :code")
				.param("code", code.strip())
				.query(Organizations::municipality)
				.optional();
	}

	/**
	 * The municipality an address names, by 全国地方公共団体コード (digits) or by name; a code of five digits (without
	 * its check digit) is accepted too.
	 */
	public Optional<MunicipalityRef> findMunicipalityByCodeOrName(String codeOrName) {
		if (codeOrName == null || codeOrName.isBlank()) {
			return Optional.empty();
		}
		String value = java.text.Normalizer.normalize(codeOrName.strip(), java.text.Normalizer.Form.NFKC);
		if (value.matches("\\d{6}")) {
			return findMunicipalityByCode(value);
		}
		if (value.matches("\\d{5}")) {
			return jdbc.sql("select id, name, code from municipality where substr(code, 1, 5) = :code order by id limit 1")
					.param("code", value)
					.query(Organizations::municipality)
					.optional();
		}
		return findMunicipality(codeOrName.strip());
	}

	/** Every stored municipality, by code (those without one last), then name. */
	public List<MunicipalityRef> municipalities() {
		return jdbc.sql("select id, name, code from municipality order by code nulls last, name")
				.query(Organizations::municipality)
				.list();
	}

	private Optional<MunicipalityRef> selectMunicipality(String name) {
		return jdbc.sql("select id, name, code from municipality where name = :name")
				.param("name", name)
				.query(Organizations::municipality)
				.optional();
	}

	// on conflict (name or code): a concurrent first import of the same municipality may have inserted it meanwhile.
	private MunicipalityRef insertMunicipality(String name, String code) {
		return jdbc.sql("""
				insert into municipality (name, code) values (:name, :code)
				on conflict do nothing
				returning id, name, code""")
				.param("name", name)
				.param("code", code)
				.query(Organizations::municipality)
				.optional()
				.or(() -> selectMunicipality(name))
				.orElseThrow(() -> new IllegalArgumentException(
						"全国地方公共団体コード " + code + " は別の名前の自治体にすでに使われています（" + name + "）"));
	}

	private MunicipalityRef fillCode(MunicipalityRef ref, String code) {
		return jdbc.sql("""
				update municipality set code = coalesce(code, :code) where id = :id
				returning id, name, code""")
				.param("id", ref.id())
				.param("code", code)
				.query(Organizations::municipality)
				.single();
	}

	private static MunicipalityRef municipality(ResultSet rs, int row) throws SQLException {
		return new MunicipalityRef(rs.getLong(1), rs.getString(2), rs.getString(3));
	}

	/** The department of that name in the municipality; created when new. */
	public long findOrCreateDepartment(long municipalityId, String name) {
		requireText(name, "department name");
		DepartmentKey key = new DepartmentKey(municipalityId, name);
		Long cached = departments.get(key);
		if (cached != null) {
			return cached;
		}
		// Insert first: a plain select would race with a concurrent first import of the same department.
		Long id = jdbc.sql("""
				insert into department (municipality_id, name) values (:municipality, :name)
				on conflict (municipality_id, name) do nothing
				returning id""")
				.param("municipality", municipalityId)
				.param("name", name)
				.query(Long.class)
				.optional()
				.orElseGet(() -> jdbc.sql("select id from department where municipality_id = :municipality and name = :name")
						.param("municipality", municipalityId)
						.param("name", name)
						.query(Long.class)
						.single());
		AfterCommit.run(() -> departments.put(key, id));
		return id;
	}

	/** The departments of a municipality, by name. */
	public List<DepartmentRef> departments(long municipalityId) {
		return jdbc.sql("select id, municipality_id, name from department where municipality_id = :m order by name")
				.param("m", municipalityId)
				.query(Organizations::department)
				.list();
	}

	/** The department of that name in the named municipality, if both exist; creates nothing. */
	public Optional<DepartmentRef> findDepartment(String municipality, String name) {
		return jdbc.sql("""
				select d.id, d.municipality_id, d.name from department d join municipality m on m.id = d.municipality_id
				where m.name = :municipality and d.name = :name""")
				.param("municipality", municipality)
				.param("name", name)
				.query(Organizations::department)
				.optional();
	}

	/** The department of that id, in whichever municipality. */
	public Optional<DepartmentRef> findDepartment(long id) {
		return jdbc.sql("select id, municipality_id, name from department where id = :id")
				.param("id", id)
				.query(Organizations::department)
				.optional();
	}

	/** After a code was given: the cached reference without it must go (once the change committed). */
	void forgetMunicipality(String name) {
		AfterCommit.run(() -> municipalities.remove(name));
	}

	/** After a rename has committed: the old name must no longer find the department's id. */
	void forgetDepartment(long municipalityId, String name) {
		AfterCommit.run(() -> departments.remove(new DepartmentKey(municipalityId, name)));
	}

	public Optional<MunicipalityRef> findMunicipality(long id) {
		return jdbc.sql("select id, name, code from municipality where id = :id")
				.param("id", id)
				.query(Organizations::municipality)
				.optional();
	}

	private static DepartmentRef department(ResultSet rs, int row) throws SQLException {
		return new DepartmentRef(rs.getLong(1), rs.getLong(2), rs.getString(3));
	}

	private static void requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " is required");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private record DepartmentKey(long municipalityId, String name) {
		DepartmentKey {
			Objects.requireNonNull(name);
		}
	}
}
