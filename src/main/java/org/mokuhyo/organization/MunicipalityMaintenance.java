package org.mokuhyo.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mokuhyo.organization.MunicipalityChangeRefusedException.Reason;
import org.mokuhyo.organization.OrganizationUsage.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities one deployment serves. The operator registers one before its first administrator or import
 * (command line), and an administrator completes their own municipality's 全国地方公共団体コード when it was created
 * without one (an import that named only the city). A code, once stored, is not changed here: it is the
 * municipality's address in the API and in every open-data file already handed out.
 */
@Service
public class MunicipalityMaintenance {

	static final int MAX_NAME = 50;

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Usages usages;

	MunicipalityMaintenance(JdbcClient jdbc, Organizations organizations, Usages usages) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.usages = usages;
	}

	/** Every municipality by code (those without one last), then name, with what it holds. */
	public List<MunicipalityRow> list() {
		return rows(jdbc.sql(ROWS + " order by m.code nulls last, m.name")
			.query(MunicipalityMaintenance::counted)
			.list());
	}

	public Optional<MunicipalityRow> row(long municipalityId) {
		return jdbc.sql(ROWS + " where m.id = ?")
			.param(municipalityId)
			.query(MunicipalityMaintenance::counted)
			.optional()
			.map(found -> rows(List.of(found)).get(0));
	}

	// sheets, publications and accounts are counted by the modules that keep them (OrganizationUsage)
	private static final String ROWS = """
			select m.id, m.name, m.code, (select count(*) from department d where d.municipality_id = m.id)
			from municipality m""";

	private record Counted(MunicipalityRef municipality, int departments) {
	}

	private static Counted counted(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Counted(new MunicipalityRef(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getInt(4));
	}

	private List<MunicipalityRow> rows(List<Counted> found) {
		Map<Long, Integer> sheets = usages.of(Kind.SHEETS).perMunicipality();
		Map<Long, Integer> published = usages.of(Kind.PUBLISHED_SHEETS).perMunicipality();
		Map<Long, Integer> accounts = usages.of(Kind.ACCOUNTS).perMunicipality();
		return found.stream().map(c -> {
			long id = c.municipality().id();
			return new MunicipalityRow(c.municipality(), c.departments(), sheets.getOrDefault(id, 0),
					published.getOrDefault(id, 0), accounts.getOrDefault(id, 0));
		}).toList();
	}

	/**
	 * Registers a municipality with its code. Registering one again with the same code changes nothing; a
	 * municipality stored without a code (by an import) gets it.
	 *
	 * @return the municipality, and whether anything was stored
	 * @throws MunicipalityChangeRefusedException INVALID for a missing name or a wrong code, CONFLICT when the code
	 *                                            is another municipality's or the municipality has another code
	 */
	@Transactional
	public Registered register(String name, String code) {
		String value = checkName(name);
		String checked = checkCode(code);
		Optional<MunicipalityRef> byCode = organizations.findMunicipalityByCode(checked);
		if (byCode.isPresent() && !byCode.get().name().equals(value)) {
			throw new MunicipalityChangeRefusedException(Reason.CONFLICT,
					"全国地方公共団体コード " + checked + " は「" + byCode.get().name() + "」のコードとして登録されています。");
		}
		Optional<MunicipalityRef> byName = jdbc.sql("select id, name, code from municipality where name = ? for update")
			.param(value)
			.query((rs, row) -> new MunicipalityRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
		if (byName.isEmpty()) {
			return new Registered(organizations.findOrCreateMunicipality(value, checked), true);
		}
		MunicipalityRef found = byName.get();
		if (checked.equals(found.code())) {
			return new Registered(found, false);
		}
		if (found.code() != null) {
			throw new MunicipalityChangeRefusedException(Reason.CONFLICT, "「" + value + "」は全国地方公共団体コード "
					+ found.code() + " で登録されています。登録済みのコードは変更できません。");
		}
		return new Registered(setCode(found.id(), checked), true);
	}

	/**
	 * Gives a municipality stored without a code its code.
	 *
	 * @throws MunicipalityChangeRefusedException INVALID for a wrong code, CONFLICT when the municipality has a code
	 *                                            already or the code is another municipality's
	 */
	@Transactional
	public MunicipalityRef setCode(long municipalityId, String code) {
		String checked = checkCode(code);
		MunicipalityRef found = jdbc.sql("select id, name, code from municipality where id = ? for update")
			.param(municipalityId)
			.query((rs, row) -> new MunicipalityRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.single();
		if (found.code() != null) {
			if (found.code().equals(checked)) {
				return found;
			}
			throw new MunicipalityChangeRefusedException(Reason.CONFLICT,
					"全国地方公共団体コードは " + found.code() + " で登録済みです。登録済みのコードは変更できません。");
		}
		organizations.findMunicipalityByCode(checked).ifPresent(other -> {
			throw new MunicipalityChangeRefusedException(Reason.CONFLICT,
					"全国地方公共団体コード " + checked + " は「" + other.name() + "」のコードとして登録されています。");
		});
		MunicipalityRef updated;
		try {
			updated = jdbc.sql("update municipality set code = ? where id = ? returning id, name, code")
				.params(checked, municipalityId)
				.query((rs, row) -> new MunicipalityRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
				.single();
		}
		catch (DuplicateKeyException ex) { // given to another municipality meanwhile
			throw new MunicipalityChangeRefusedException(Reason.CONFLICT,
					"全国地方公共団体コード " + checked + " は別の自治体のコードとして登録されています。");
		}
		organizations.forgetMunicipality(updated.name());
		return updated;
	}

	/** What {@link #register} did: {@code stored} is false when the municipality was registered so already. */
	public record Registered(MunicipalityRef municipality, boolean stored) {
	}

	private static String checkName(String name) {
		String value = name == null ? "" : name.strip();
		if (value.isEmpty()) {
			throw new MunicipalityChangeRefusedException(Reason.INVALID, "自治体の名前を指定してください（例: 豊中市）。");
		}
		if (value.length() > MAX_NAME) {
			throw new MunicipalityChangeRefusedException(Reason.INVALID,
					"自治体の名前は" + MAX_NAME + "文字までです。");
		}
		return value;
	}

	private static String checkCode(String code) {
		try {
			return MunicipalityCodes.normalize(code);
		}
		catch (IllegalArgumentException ex) {
			throw new MunicipalityChangeRefusedException(Reason.INVALID, ex.getMessage());
		}
	}
}
