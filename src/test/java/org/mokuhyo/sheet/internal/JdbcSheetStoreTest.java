package org.mokuhyo.sheet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.platform.DatabaseNotifications;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.VersionConflictException;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.sheet.SheetVersion;
import org.mokuhyo.sheet.SheetWarning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class JdbcSheetStoreTest {

	private static final List<SheetWarning> WARNINGS = List.of(
			new SheetWarning(12, 3, "UNPLACED_TEXT", "どこにも入らない文があります", "※詳細は別紙"),
			new SheetWarning(40, null, "UNREAD_SCHEDULE", "スケジュールを読み取れません", null));

	@Autowired
	SheetStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseNotifications notifications;

	/**
	 * Another process sharing the database (a command-line import next to the server) saves through its own
	 * connection; its note reaches this process, which otherwise trusts the version it remembers without asking.
	 */
	@Test
	void aVersionSavedByAnotherProcessIsSeenThroughItsNote() throws Exception {
		SavedSheet saved = store.save(SampleSheets.full("通知テスト部", 2024), List.of(), "a.txt");
		assertEquals(Optional.of(1), store.currentVersion(saved.id()));
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!notifications.listening() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertTrue(notifications.listening(), "listening for notes");
		assertEquals(Optional.of(1), store.currentVersion(saved.id()), "remembered since listening began");

		try (Connection other = dataSource.getConnection(); Statement sql = other.createStatement()) {
			sql.execute("update goal_sheet set version = 2 where id = '" + saved.id() + "'");
			Thread.sleep((org.mokuhyo.platform.KnownVersions.MAX_AGE_SECONDS * 1000) + 300);
			assertEquals(Optional.of(1), store.currentVersion(saved.id()), "without a note, no query: still 1");

			sql.execute("select pg_notify('" + JdbcSheetStore.VERSION_CHANNEL + "', '" + saved.id() + ":2:2')");
		}
		deadline = System.nanoTime() + 5_000_000_000L;
		while (!store.currentVersion(saved.id()).equals(Optional.of(2)) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertEquals(Optional.of(2), store.currentVersion(saved.id()));
	}

	@Test
	void keepsEveryFieldOfTheSheet() {
		SheetData input = SampleSheets.full("往復テスト部", 2024);

		SavedSheet saved = store.save(input, WARNINGS, "往復テスト部.txt");

		assertEquals(new SavedSheet(saved.id(), 1, false, true), saved);
		SheetData found = store.find(saved.id()).orElseThrow();
		assertEquals(saved.id(), found.id());
		assertEquals(1, found.version());
		assertEquals("令和6年度", found.fiscalYearLabel());
		assertEquals(SheetContent.of(labelled(input, "令和6年度")), SheetContent.of(found));
		assertEquals(found, store.snapshot(saved.id(), 1).orElseThrow());
		assertEquals(found, ((JdbcSheetStore) store).readTables(saved.id()).orElseThrow(), "tables and snapshot agree");
		assertEquals(Optional.of(1), store.currentVersion(saved.id()));
		assertEquals(found, store.find(SampleSheets.MUNICIPALITY, "往復テスト部", 2024).orElseThrow());
		assertEquals(WARNINGS, store.warnings(saved.id()));
		ids(found).forEach(id -> assertNotNull(id));
		assertEquals(ids(found).size(), new HashSet<>(ids(found)).size(), "no id given twice");

		AnnualGoal first = found.annualGoals().get(0);
		Action withEverything = first.items().get(0).actions().get(1);
		assertEquals(new BigDecimal("12.50"), withEverything.targets().get(1).value(), "scale kept");
		assertEquals(List.of("新規", "拡充"), withEverything.tags());
		assertEquals(new Schedule("7~2月", ScheduleKind.RANGE, 7, 2), withEverything.subItems().get(0).schedule());
		assertNull(withEverything.subItems().get(1).schedule());
		assertNull(first.items().get(1).actions().get(0).label());
		assertTrue(first.review().pending());
		assertNull(found.annualGoals().get(2).review(), "no review is not a pending one");
		assertNull(found.policy().summary());
		assertNull(found.midTermGoals().get(0).steps().get(0).toYear());
	}

	@Test
	void aSaveStartedFromAnOlderVersionIsRefusedAndWritesNothing() {
		SheetData input = SampleSheets.full("競合テスト部", 2024);
		UUID id = store.save(input, List.of(), "a.txt").id();

		SavedSheet first = store.save(SampleSheets.withTitle(input, 0, "Aさんの変更"), List.of(), null,
				Change.edit(10L, "Aさん", 1));
		VersionConflictException conflict = assertThrows(VersionConflictException.class,
				() -> store.save(SampleSheets.withTitle(input, 0, "Bさんの変更"), List.of(), null,
						Change.edit(11L, "Bさん", 1)));

		assertEquals(2, first.version());
		assertEquals(1, conflict.baseVersion());
		assertEquals(2, conflict.currentVersion());
		assertEquals("Aさんの変更", store.find(id).orElseThrow().annualGoals().get(0).title());
		List<SheetVersion> versions = store.versions(id);
		assertEquals(2, versions.size());
		assertEquals("edit", versions.get(1).reason());
		assertEquals("Aさん", versions.get(1).authorName());
		assertNull(versions.get(0).authorName());
		assertEquals(new SavedSheet(id, 2, true, false), store.save(SampleSheets.withTitle(input, 0, "Aさんの変更"),
				List.of(), null, Change.edit(11L, "Bさん", 1)), "the same content as now is no conflict");
	}

	@Test
	void savingTheSameContentAgainWritesNothing() {
		SheetData input = SampleSheets.full("再保存テスト部", 2024);
		SavedSheet first = store.save(input, WARNINGS, "a.txt");
		SheetData stored = store.find(first.id()).orElseThrow();

		SavedSheet again = store.save(input, List.of(), "b.txt");
		SavedSheet fromLoaded = store.save(stored, List.of(), "c.txt");

		assertEquals(new SavedSheet(first.id(), 1, true, false), again);
		assertEquals(again, fromLoaded);
		assertEquals(1, store.versions(first.id()).size());
		assertEquals(WARNINGS, store.warnings(first.id()), "warnings of the stored version stay");
		assertEquals(stored, store.find(first.id()).orElseThrow());
	}

	@Test
	void changedContentIsANewVersionUnderTheSameIdWithStableIds() {
		SheetData input = SampleSheets.full("版テスト部", 2024);
		SavedSheet first = store.save(input, WARNINGS, "v1.txt");
		SheetData v1 = store.find(first.id()).orElseThrow();

		SheetData edited = edit(input);
		SavedSheet second = store.save(edited, List.of(), "v2.txt");

		assertEquals(new SavedSheet(first.id(), 2, true, true), second);
		SheetData v2 = store.find(first.id()).orElseThrow();
		assertEquals(2, v2.version());
		assertEquals(SheetContent.of(labelled(edited, "令和6年度")), SheetContent.of(v2));
		assertEquals(v1, store.snapshot(first.id(), 1).orElseThrow(), "the first version is kept");
		assertEquals(v2, store.snapshot(first.id(), 2).orElseThrow());
		assertEquals(v2, ((JdbcSheetStore) store).readTables(first.id()).orElseThrow(), "tables follow the new version");
		List<SheetVersion> versions = store.versions(first.id());
		assertEquals(List.of(1, 2), versions.stream().map(SheetVersion::version).toList());
		assertEquals(List.of("v1.txt", "v2.txt"), versions.stream().map(SheetVersion::sourceName).toList());
		assertEquals(List.of("import", "import"), versions.stream().map(SheetVersion::reason).toList());
		assertEquals(List.of(), store.warnings(first.id()), "warnings replaced");

		AnnualGoal goal1 = v1.annualGoals().get(0);
		AnnualGoal goal1Again = v2.annualGoals().get(0);
		assertEquals(goal1.id(), goal1Again.id());
		assertEquals(goal1.items().get(0).id(), goal1Again.items().get(0).id());
		assertEquals(goal1.items().get(0).actions().get(0).id(), goal1Again.items().get(0).actions().get(0).id());
		assertEquals(goal1.items().get(0).actions().get(1).id(), goal1Again.items().get(0).actions().get(1).id(),
				"reworded action keeps its id");
		UUID added = goal1Again.items().get(0).actions().get(2).id();
		assertFalse(ids(v1).contains(added), "a new action gets a new id");
		assertEquals(v1.annualGoals().get(1).id(), v2.annualGoals().get(1).id());
		assertEquals(v1.midTermGoals().get(0).id(), v2.midTermGoals().get(0).id());
		assertEquals(2, count("select count(*) from annual_goal where sheet_id = ?", first.id()),
				"the removed goal's rows are gone");
	}

	@Test
	void aPlanCodeNamedByTwoSheetsIsOneNode() {
		String city = "計画テスト市";
		SavedSheet a = store.save(SampleSheets.full(city, "999001", "計画テスト部A", 2024), List.of(), null);
		SavedSheet b = store.save(SampleSheets.full(city, "999001", "計画テスト部B", 2025), List.of(), null);

		assertEquals(1, count("""
				select count(*) from plan_node n join municipality m on m.id = n.municipality_id
				where m.name = ? and n.code = '5-1-(3)'""", city));
		assertEquals(1, count("""
				select count(distinct l.plan_node_id) from goal_plan_link l where l.sheet_id in (?, ?)
				and l.code = '5-1-(3)'""", a.id(), b.id()));
		assertEquals(1, count("""
				select count(*) from basic_policy p join municipality m on m.id = p.municipality_id
				where m.name = ? and p.number = 45""", city));
		assertEquals("5-1", jdbc.sql("""
				select n.parent_code from plan_node n join municipality m on m.id = n.municipality_id
				where m.name = ? and n.code = '5-1-(3)'""").param(city).query(String.class).single());
		assertNull(planText(city, "2-4-(2)"), "named without wording");

		SheetData worded = withFirstGoalPlanLinks(SampleSheets.full(city, "999001", "計画テスト部C", 2024),
				List.of(new PlanLink("2-4-(2)", "犯罪や消費者被害などの予防、被害拡大防止を図ります")));
		store.save(worded, List.of(), null);

		assertEquals("犯罪や消費者被害などの予防、被害拡大防止を図ります", planText(city, "2-4-(2)"),
				"wording filled in by a later sheet");
	}

	@Test
	void aSaveFailingHalfwayLeavesNoRows() {
		List<String> tables = List.of("municipality", "department", "plan_node", "basic_policy", "goal_sheet",
				"mission", "annual_goal", "goal_item", "action", "sheet_version", "sheet_warning");
		Map<String, Integer> before = counts(tables);
		String city = "失敗テスト市";
		SheetData broken = withSecondGoalSchedule(SampleSheets.full(city, "999002", "失敗テスト部", 2024),
				new Schedule("13月", ScheduleKind.MONTH, 13, 13));

		assertThrows(DataAccessException.class, () -> store.save(broken, WARNINGS, "broken.txt"));

		assertEquals(before, counts(tables));
		SavedSheet saved = store.save(SampleSheets.full(city, "999002", "失敗テスト部", 2024), WARNINGS, "ok.txt");
		assertEquals(1, saved.version(), "ids cached by the failed save must not be used");
		assertEquals(before.get("municipality") + 1, counts(tables).get("municipality"));
	}

	@Test
	void listsNewestFiscalYearFirstAndFilters() {
		store.save(SampleSheets.full("一覧テスト部", 2023), WARNINGS, null);
		store.save(SampleSheets.full("一覧テスト部", 2025), List.of(), null);

		List<SheetSummary> listed = store.list(null, "一覧テスト部");
		assertEquals(List.of(2025, 2023), listed.stream().map(SheetSummary::fiscalYear).toList());
		SheetSummary older = listed.get(1);
		assertEquals("令和5年度", older.fiscalYearLabel());
		assertEquals(SampleSheets.MUNICIPALITY, older.municipality());
		assertEquals(3, older.annualGoals());
		assertEquals(1, older.midTermGoals());
		assertEquals(2, older.warnings());
		assertEquals(1, store.list(2023, "一覧テスト部").size());
		assertTrue(store.list(null, null).size() >= 2);
		assertTrue(store.list(1990, "一覧テスト部").isEmpty());
	}

	@Test
	void unknownSheetsAreEmpty() {
		UUID unknown = UUID.randomUUID();
		assertTrue(store.find(unknown).isEmpty());
		assertTrue(store.snapshot(unknown, 1).isEmpty());
		assertTrue(store.versions(unknown).isEmpty());
		assertTrue(store.find(SampleSheets.MUNICIPALITY, "存在しない部", 2024).isEmpty());
	}

	/** Goal 1's second action reworded, a third action added to its first item, goal 3 removed. */
	private static SheetData edit(SheetData sheet) {
		AnnualGoal goal = sheet.annualGoals().get(0);
		GoalItem item = goal.items().get(0);
		Action reworded = item.actions().get(1);
		List<Action> actions = List.of(item.actions().get(0),
				new Action(null, reworded.label(), reworded.text() + "(拡大)", reworded.subItems(), reworded.schedule(),
						reworded.tags(), reworded.targets()),
				new Action(null, "③", "実施報告書の再編", List.of(), null, List.of(), List.of()));
		List<GoalItem> items = new ArrayList<>(goal.items());
		items.set(0, new GoalItem(null, item.label(), item.text(), actions));
		AnnualGoal editedGoal = new AnnualGoal(null, goal.number(), goal.title(), goal.priority(), items,
				goal.planLinks(), goal.policyLinks(), goal.review());
		return withGoals(sheet, List.of(editedGoal, sheet.annualGoals().get(1)));
	}

	private static SheetData withFirstGoalPlanLinks(SheetData sheet, List<PlanLink> links) {
		List<AnnualGoal> goals = new ArrayList<>(sheet.annualGoals());
		AnnualGoal goal = goals.get(0);
		goals.set(0, new AnnualGoal(null, goal.number(), goal.title(), goal.priority(), goal.items(), links,
				goal.policyLinks(), goal.review()));
		return withGoals(sheet, goals);
	}

	private static SheetData withSecondGoalSchedule(SheetData sheet, Schedule schedule) {
		List<AnnualGoal> goals = new ArrayList<>(sheet.annualGoals());
		AnnualGoal goal = goals.get(1);
		GoalItem item = goal.items().get(0);
		Action action = item.actions().get(0);
		GoalItem broken = new GoalItem(null, item.label(), item.text(), List.of(new Action(null, action.label(),
				action.text(), action.subItems(), schedule, action.tags(), action.targets())));
		goals.set(1, new AnnualGoal(null, goal.number(), goal.title(), goal.priority(), List.of(broken),
				goal.planLinks(), goal.policyLinks(), goal.review()));
		return withGoals(sheet, goals);
	}

	private static SheetData withGoals(SheetData sheet, List<AnnualGoal> goals) {
		return new SheetData(sheet.id(), sheet.version(), sheet.municipality(), sheet.municipalityCode(),
				sheet.fiscalYear(), sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(), goals,
				sheet.midTermGoals());
	}

	private static SheetData labelled(SheetData sheet, String label) {
		return new SheetData(sheet.id(), sheet.version(), sheet.municipality(), sheet.municipalityCode(),
				sheet.fiscalYear(), label, sheet.department(), sheet.missions(), sheet.policy(), sheet.annualGoals(),
				sheet.midTermGoals());
	}

	private static List<UUID> ids(SheetData sheet) {
		List<UUID> ids = new ArrayList<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			ids.add(goal.id());
			for (GoalItem item : goal.items()) {
				ids.add(item.id());
				item.actions().forEach(action -> ids.add(action.id()));
			}
		}
		sheet.midTermGoals().forEach(goal -> ids.add(goal.id()));
		return ids;
	}

	private String planText(String municipality, String code) {
		return jdbc.sql("""
				select n.text from plan_node n join municipality m on m.id = n.municipality_id
				where m.name = ? and n.code = ?""").params(municipality, code).query((rs, row) -> rs.getString(1))
				.list().get(0);
	}

	private Map<String, Integer> counts(List<String> tables) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		tables.forEach(table -> counts.put(table, count("select count(*) from " + table)));
		return counts;
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}
}
