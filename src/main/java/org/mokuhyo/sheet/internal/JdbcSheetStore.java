package org.mokuhyo.sheet.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.kernel.Era;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.plan.PlanCatalog;
import org.mokuhyo.platform.DatabaseNotifications;
import org.mokuhyo.platform.KnownVersions;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetJson;
import org.mokuhyo.sheet.SheetLimitException;
import org.mokuhyo.sheet.SheetLimits;
import org.mokuhyo.sheet.SheetSaved;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.sheet.SheetVersion;
import org.mokuhyo.sheet.SheetWarning;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.mokuhyo.sheet.VersionConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Goal sheets (部局長の目標) in PostgreSQL: structured tables for querying, plus the open-data JSON of every version. A save that
 * changes nothing writes nothing; one that changes something replaces all rows of the sheet under the same sheet id,
 * keeping the ids of goals, items and actions that are still there (see {@link StableIds}). A read of one statement
 * runs without a transaction of its own (a statement sees one moment anyway, and begin/commit would double its round
 * trips); reading the tables takes one repeatable-read transaction, so they are read as of one moment.
 */
@Repository
class JdbcSheetStore implements SheetStore {

	/** Where saves announce a sheet's new version to every process sharing the database. */
	static final String VERSION_CHANNEL = "mokuhyo_sheet_saved";

	private static final Logger log = LoggerFactory.getLogger(JdbcSheetStore.class);

	private final JdbcClient jdbc;

	private final SheetWriter writer;

	private final SheetReader reader;

	private final JsonMapper json;

	private final Organizations organizations;

	private final PlanCatalog planCatalog;

	private final Clock clock;

	private final KnownVersions knownVersions;

	private final ApplicationEventPublisher events;

	JdbcSheetStore(JdbcTemplate jdbcTemplate, JdbcClient jdbc, JsonMapper json, Organizations organizations,
			PlanCatalog planCatalog, Clock clock, DatabaseNotifications notifications,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.writer = new SheetWriter(jdbcTemplate);
		this.reader = new SheetReader(jdbcTemplate);
		this.json = json;
		this.organizations = organizations;
		this.planCatalog = planCatalog;
		this.clock = clock;
		this.knownVersions = new KnownVersions(notifications, VERSION_CHANNEL);
		this.events = events;
	}

	@Override
	@Transactional
	public SavedSheet save(SheetData sheet, List<SheetWarning> warnings, String sourceName) {
		return save(sheet, warnings, sourceName, Change.importBy(null, null));
	}

	@Override
	@Transactional
	public SavedSheet save(SheetData sheet, List<SheetWarning> warnings, String sourceName, Change change) {
		Objects.requireNonNull(sheet, "sheet");
		Objects.requireNonNull(change, "change");
		if (sheet.department() == null || sheet.department().name() == null) {
			throw new IllegalArgumentException("a sheet needs its department");
		}
		// the same limits whichever way the sheet came (an import has cut its texts already, a form or a program not)
		SheetLimits.excess(sheet).ifPresent(excess -> {
			throw new SheetLimitException(excess);
		});
		MunicipalityRef municipality = organizations.findOrCreateMunicipality(sheet.municipality(),
				sheet.municipalityCode());
		long departmentId = organizations.findOrCreateDepartment(municipality.id(), sheet.department().name());
		// What the sheet will read as when loaded again: names and code as stored, the label from the year.
		SheetData content = new SheetData(null, null, municipality.name(), municipality.code(), sheet.fiscalYear(),
				Era.fiscalYearLabel(sheet.fiscalYear()), sheet.department(), sheet.missions(), sheet.policy(),
				sheet.annualGoals(), sheet.midTermGoals());
		Write write = new Write(municipality.id(), content, warnings == null ? List.of() : warnings, sourceName,
				change, now());
		// A sheet seen for the first time (the common case) is inserted without reading anything first; the insert
		// does nothing when the sheet exists (or a concurrent import just created it: it waits for that to commit).
		UUID id = UUID.randomUUID();
		if (insertHead(id, departmentId, write)) {
			return write(id, departmentId, 1, StableIds.none(), write, false);
		}
		// Re-imports take turns on the sheet row and compare content with the current version: an unchanged
		// re-import writes nothing.
		Current current = locked(municipality.id(), departmentId, sheet.fiscalYear());
		SheetData previous = readableOrNull(current);
		if (previous != null && SheetContent.same(content, previous)) {
			return unchanged(current.id(), current.version());
		}
		if (change.baseVersion() != null && change.baseVersion() != current.version()) {
			throw new VersionConflictException(current.id(), change.baseVersion(), current.version());
		}
		int version = current.version() + 1;
		updateHead(current.id(), version, write);
		writer.deleteChildren(current.id());
		return write(current.id(), departmentId, version, previous == null ? StableIds.none() : StableIds.of(previous),
				write, true);
	}

	/**
	 * The current version as a sheet, or null when it cannot be read: a save replacing an unreadable version (a
	 * restore, a confirmed import) is the way back from it, so it must not need to read it; it only cannot keep ids.
	 */
	private SheetData readableOrNull(Current current) {
		try {
			return read(current.id(), current.version(), current.snapshot());
		}
		catch (SnapshotUnreadableException ex) {
			log.warn("sheet {} version {} is unreadable ({}); the new version replaces it with new ids", current.id(),
					current.version(), ex.getCause() == null ? "?" : ex.getCause().getClass().getSimpleName());
			return null;
		}
	}

	/** A stored snapshot as the sheet, or {@link SnapshotUnreadableException#VERSION_UNREADABLE}. */
	private SheetData read(UUID id, Integer version, String text) {
		try {
			return json.readValue(text, SheetData.class);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw SnapshotUnreadableException.stored(id, version, ex);
		}
	}

	/**
	 * The stored text as served without re-serialising, checked token by token (cheap next to reading it into the
	 * records): the nesting, number lengths and syntax Jackson's read constraints would refuse on any later read.
	 */
	private SheetJson checked(UUID id, SheetJson stored) {
		try (JsonParser parser = json.createParser(stored.json())) {
			while (parser.nextToken() != null) {
				// each token is checked as it is read
			}
		}
		catch (JacksonException ex) {
			throw SnapshotUnreadableException.stored(id, stored.version(), ex);
		}
		return stored;
	}

	/**
	 * The latest version's snapshot: one row, where reading the tables takes a query per table. Every save writes
	 * the tables and the snapshot together, so both hold the same sheet (the store's tests check it); the tables
	 * serve the queries across sheets.
	 */
	@Override
	public Optional<SheetData> find(UUID id) {
		return jdbc.sql("""
				select v.version, v.snapshot::text from goal_sheet s
				join sheet_version v on v.sheet_id = s.id and v.version = s.version where s.id = ?""")
				.param(id)
				.query((rs, row) -> new SheetJson(rs.getInt(1), rs.getString(2)))
				.optional()
				.map(stored -> read(id, stored.version(), stored.json()));
	}

	@Override
	public Optional<SheetJson> findJson(UUID id) {
		return jdbc.sql("""
				select v.version, v.snapshot::text from goal_sheet s
				join sheet_version v on v.sheet_id = s.id and v.version = s.version where s.id = ?""")
				.param(id)
				.query((rs, row) -> new SheetJson(rs.getInt(1), rs.getString(2)))
				.optional()
				.map(stored -> checked(id, stored));
	}

	@Override
	public Optional<SheetJson> findJson(UUID id, int version) {
		return jdbc.sql("select version, snapshot::text from sheet_version where sheet_id = ? and version = ?")
				.params(id, version)
				.query((rs, row) -> new SheetJson(rs.getInt(1), rs.getString(2)))
				.optional()
				.map(stored -> checked(id, stored));
	}

	/** The sheet as its structured tables hold it. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Optional<SheetData> readTables(UUID id) {
		return reader.read(id);
	}

	@Override
	public Optional<Integer> currentVersion(UUID id) {
		return knownVersions.get(id, key -> jdbc.sql("select version from goal_sheet where id = ?")
			.param(key)
			.query(Integer.class)
			.optional()
			.map(version -> new KnownVersions.Revised(version, version)));
	}

	@Override
	public Optional<Long> municipalityOf(UUID id) {
		return jdbc.sql("select municipality_id from goal_sheet where id = ?").param(id).query(Long.class).optional();
	}

	@Override
	public Optional<SheetData> find(String municipality, String department, int fiscalYear) {
		return jdbc.sql("""
				select s.id, v.version, v.snapshot::text from goal_sheet s join municipality m on m.id = s.municipality_id
				join department d on d.id = s.department_id
				join sheet_version v on v.sheet_id = s.id and v.version = s.version
				where m.name = ? and d.name = ? and s.fiscal_year = ?""")
				.params(municipality, department, fiscalYear)
				.query((rs, row) -> read(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
				.optional();
	}

	@Override
	public List<SheetSummary> list(Integer fiscalYear, String department) {
		return jdbc.sql("""
				select s.id, m.name, s.fiscal_year, d.name, s.version, s.updated_at,
				(select count(*) from annual_goal g where g.sheet_id = s.id),
				(select count(*) from mid_term_goal g where g.sheet_id = s.id),
				(select count(*) from sheet_warning w where w.sheet_id = s.id)
				from goal_sheet s join municipality m on m.id = s.municipality_id
				join department d on d.id = s.department_id
				where (cast(:year as integer) is null or s.fiscal_year = :year)
				and (cast(:department as text) is null or d.name = :department)
				order by s.fiscal_year desc, d.name, m.name""")
				.param("year", fiscalYear, Types.INTEGER)
				.param("department", department, Types.VARCHAR)
				.query((rs, row) -> new SheetSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
						Era.fiscalYearLabel(rs.getInt(3)), rs.getString(4), rs.getInt(5),
						rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
				.list();
	}

	@Override
	public List<SheetWarning> warnings(UUID id) {
		return jdbc.sql("select line, col, code, message, text from sheet_warning where sheet_id = ? order by position")
				.param(id)
				.query((rs, row) -> new SheetWarning(rs.getInt(1), rs.getObject(2, Integer.class), rs.getString(3),
						rs.getString(4), rs.getString(5)))
				.list();
	}

	@Override
	public List<SheetVersion> versions(UUID id) {
		return jdbc.sql("""
				select version, created_at, reason, source_name, author_name from sheet_version where sheet_id = ?
				order by version""")
				.param(id)
				.query((rs, row) -> new SheetVersion(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
						rs.getString(3), rs.getString(4), rs.getString(5)))
				.list();
	}

	@Override
	public Optional<SheetData> snapshot(UUID id, int version) {
		return jdbc.sql("select snapshot::text from sheet_version where sheet_id = ? and version = ?")
				.params(id, version)
				.query(String.class)
				.optional()
				.map(text -> read(id, version, text));
	}

	@Override
	public Map<UUID, SheetData> snapshots(Map<UUID, Integer> versions) {
		Map<UUID, SheetData> found = new HashMap<>();
		if (versions.isEmpty()) {
			return found;
		}
		List<UUID> ids = new ArrayList<>(versions.keySet());
		Integer[] numbers = ids.stream().map(versions::get).toArray(Integer[]::new);
		jdbc.sql("""
				select v.sheet_id, v.version, v.snapshot::text from sheet_version v
				join unnest(?::uuid[], ?::int[]) as asked(sheet_id, version)
				on v.sheet_id = asked.sheet_id and v.version = asked.version""")
			.params(ids.toArray(UUID[]::new), numbers)
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				try {
					SheetData sheet = read(id, rs.getInt(2), rs.getString(3));
					found.put(sheet.id(), sheet);
				}
				catch (SnapshotUnreadableException ex) {
					// one unreadable sheet must not stop a rebuild of all the others: it is left out, as one not stored
					log.warn("sheet {} version {} is unreadable and left out", id, rs.getInt(2));
				}
			});
		return found;
	}

	private SavedSheet write(UUID id, long departmentId, int version, StableIds ids, Write write, boolean replaced) {
		knownVersions.changedInTransaction(id, version, version);
		SheetData stored = ids.assign(write.content()).withIdentity(id, version);
		writer.insertChildren(stored, planCatalog.nodeIds(write.municipalityId(), planTexts(stored)),
				planCatalog.policyIds(write.municipalityId(), policyTitles(stored)));
		String written = jdbc.sql("""
				insert into sheet_version (sheet_id, version, snapshot, source_name, created_at, reason, author_id,
				author_name, annual_goals, mid_term_goals) values (?, ?, cast(? as json), ?, ?, ?, ?, ?, ?, ?)
				returning snapshot::text""")
				.params(id, version, json.writeValueAsString(stored), write.sourceName(), write.at(),
						write.change().reason(), write.change().authorId(), write.change().authorName(),
						stored.annualGoals().size(), stored.midTermGoals().size())
				.query(String.class)
				.single();
		readBack(id, stored, written);
		writer.insertWarnings(id, write.warnings());
		events.publishEvent(new SheetSaved(id, version, version == 1, write.municipalityId(), departmentId,
				stored.fiscalYear()));
		return new SavedSheet(id, version, replaced, true);
	}

	/**
	 * The snapshot as stored, read as every page reads it: what would not read back (over Jackson's read constraints,
	 * or reading as another sheet) is not stored; the exception rolls the caller's transaction back, so a version
	 * that no page could open never exists.
	 */
	private void readBack(UUID id, SheetData stored, String written) {
		SheetData read;
		try {
			read = json.readValue(written, SheetData.class);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw SnapshotUnreadableException.refused(id, "数の桁数・入れ子の深さ・文字数のいずれかが読み込みの上限を超えています", ex);
		}
		if (!SheetContent.same(stored, read)) {
			throw SnapshotUnreadableException.refused(id, "読み戻した内容が保存した内容と異なります", null);
		}
	}

	/**
	 * The sheet row with its latest snapshot, locked: two saves of the same sheet take turns. The row is locked alone
	 * and the snapshot read after: a join locked in one statement would, after waiting for another save's commit,
	 * re-check the sheet row's new version against the old version row it had joined and find nothing.
	 */
	private Current locked(long municipalityId, long departmentId, int fiscalYear) {
		Object[] head = jdbc.sql("""
				select id, version from goal_sheet
				where municipality_id = ? and department_id = ? and fiscal_year = ? for update""")
				.params(municipalityId, departmentId, fiscalYear)
				.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getInt(2) })
				.single();
		UUID id = (UUID) head[0];
		int version = (Integer) head[1];
		String snapshot = jdbc.sql("select snapshot::text from sheet_version where sheet_id = ? and version = ?")
				.params(id, version)
				.query(String.class)
				.single();
		return new Current(id, version, snapshot);
	}

	private static SavedSheet unchanged(UUID id, int version) {
		return new SavedSheet(id, version, true, false);
	}

	private boolean insertHead(UUID id, long departmentId, Write write) {
		SheetData sheet = write.content();
		return jdbc.sql("""
				insert into goal_sheet (id, municipality_id, department_id, fiscal_year, head_title, head_name,
				has_policy, policy_statement, policy_summary, version, source_name, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
				on conflict (municipality_id, department_id, fiscal_year) do nothing""")
				.params(id, write.municipalityId(), departmentId, sheet.fiscalYear(), sheet.department().headTitle(),
						sheet.department().headName(), sheet.policy() != null,
						sheet.policy() == null ? null : sheet.policy().statement(),
						sheet.policy() == null ? null : sheet.policy().summary(), write.sourceName(), write.at(),
						write.at())
				.update() == 1;
	}

	private void updateHead(UUID id, int version, Write write) {
		SheetData sheet = write.content();
		jdbc.sql("""
				update goal_sheet set head_title = ?, head_name = ?, has_policy = ?, policy_statement = ?,
				policy_summary = ?, version = ?, source_name = ?, updated_at = ? where id = ?""")
				.params(sheet.department().headTitle(), sheet.department().headName(), sheet.policy() != null,
						sheet.policy() == null ? null : sheet.policy().statement(),
						sheet.policy() == null ? null : sheet.policy().summary(), version, write.sourceName(), write.at(),
						id)
				.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** Each plan code the sheet links to, with the first wording given for it. */
	private static Map<String, String> planTexts(SheetData sheet) {
		Map<String, String> texts = new HashMap<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			goal.planLinks().forEach(link -> addPlan(texts, link));
		}
		for (MidTermGoal goal : sheet.midTermGoals()) {
			goal.planLinks().forEach(link -> addPlan(texts, link));
		}
		return texts;
	}

	private static void addPlan(Map<String, String> texts, PlanLink link) {
		if (link.code() != null && !link.code().isBlank() && texts.get(link.code()) == null) {
			texts.put(link.code(), link.text());
		}
	}

	private static Map<Integer, String> policyTitles(SheetData sheet) {
		Map<Integer, String> titles = new HashMap<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			goal.policyLinks().forEach(link -> addPolicy(titles, link));
		}
		for (MidTermGoal goal : sheet.midTermGoals()) {
			goal.policyLinks().forEach(link -> addPolicy(titles, link));
		}
		return titles;
	}

	private static void addPolicy(Map<Integer, String> titles, PolicyLink link) {
		if (titles.get(link.number()) == null) {
			titles.put(link.number(), link.title());
		}
	}

	private record Current(UUID id, int version, String snapshot) {
	}

	/** What one save writes, whichever way it goes. */
	private record Write(long municipalityId, SheetData content, List<SheetWarning> warnings, String sourceName,
			Change change, OffsetDateTime at) {
	}
}
