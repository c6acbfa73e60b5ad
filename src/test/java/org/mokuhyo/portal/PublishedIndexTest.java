package org.mokuhyo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Phase;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model follows the publication, step by step, inside the steps' transactions: a publication writes the
 * published snapshot, an edit of a published sheet writes nothing, a withdrawal removes the sheet, a new publication
 * replaces it; and {@link PublishedIndex#rebuild()} from the database gives exactly what the steps gave.
 */
@IntegrationTest
class PublishedIndexTest {

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	PortalQueries portal;

	@Autowired
	PublishedIndex index;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachStepThatChangesThePublishedVersionRewritesTheSheetAndNoOtherDoes() {
		String municipality = "試験市-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = store.save(SampleSheets.full(municipality, null, "市民協働部", 2024), List.of(), "a.txt").id();
		long m = organizations.findMunicipality(municipality).orElseThrow().id();
		assertThat(portal.sheets(m, null)).as("a draft").isEmpty();

		Publish.publish(workflows, id);
		assertThat(portal.sheets(m, null)).singleElement().satisfies(sheet -> {
			assertThat(sheet.version()).isEqualTo(1);
			assertThat(sheet.phase()).isEqualTo(Phase.PLAN);
			assertThat(sheet.annualGoals()).isEqualTo(3);
			assertThat(sheet.priorityGoals()).isEqualTo(1);
			assertThat(sheet.newActions()).isEqualTo(1);
			assertThat(sheet.expandedActions()).isEqualTo(3);
		});
		assertThat(titles(m)).contains("市民協働の推進");

		// an edit is a draft: nothing public changes, not even the counts
		SheetData edited = SampleSheets.withTitle(store.find(id).orElseThrow(), 1, "編集中の題名");
		store.save(edited, List.of(), "b.txt");
		assertThat(workflows.publishedVersion(id)).contains(1);
		assertThat(portal.sheets(m, null)).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(1));
		assertThat(titles(m)).doesNotContain("編集中の題名");

		// the city publishes the edited version
		Publish.publish(workflows, id);
		assertThat(portal.sheets(m, null)).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(2));
		assertThat(titles(m)).contains("編集中の題名");

		workflows.take(id, Step.WITHDRAW, Actor.commandLine(), null, null);
		assertThat(portal.sheets(m, null)).isEmpty();
		assertThat(portal.planTree(m, null)).allSatisfy(node -> assertThat(node.goals()).isZero());
		assertThat(rows("public_goal", id)).isZero();
		assertThat(rows("public_action", id)).isZero();
	}

	@Test
	void aRebuildFromTheDatabaseGivesWhatTheStepsGave() {
		BrowseFixture fixture = BrowseFixture.create(store, workflows);
		long m = organizations.findMunicipality(fixture.municipality()).orElseThrow().id();
		Snapshot before = snapshot(m);
		assertThat(before.sheets()).hasSize(fixture.published().size());
		assertThat(index.rebuildIfEmpty()).as("the model is not empty").isFalse();

		jdbc.sql("delete from public_sheet").update();
		assertThat(portal.sheets(m, null)).isEmpty();
		assertThat(index.rebuildIfEmpty()).isTrue();
		assertThat(snapshot(m)).isEqualTo(before);

		assertThat(index.rebuild()).isGreaterThanOrEqualTo(fixture.published().size());
		assertThat(snapshot(m)).isEqualTo(before);
		assertThat(before.sheets().stream().filter(s -> s.sheetId().equals(fixture.reviewed())).findFirst().orElseThrow()
			.phase()).isEqualTo(Phase.REVIEW);
	}

	/** A published version that cannot be read any more stays out of a rebuild; every other sheet is in it. */
	@Test
	void aRebuildLeavesOutOnlyASheetWhoseStoredVersionCannotBeRead() {
		BrowseFixture fixture = BrowseFixture.create(store, workflows);
		long m = organizations.findMunicipality(fixture.municipality()).orElseThrow().id();
		List<java.util.UUID> sheets = portal.sheets(m, null).stream().map(PublicSheet::sheetId).toList();
		java.util.UUID broken = sheets.get(0);
		int version = portal.sheets(m, null).get(0).version();
		String snapshot = jdbc.sql("select snapshot::text from sheet_version where sheet_id = ? and version = ?")
			.params(broken, version)
			.query(String.class)
			.single();
		String unreadable = snapshot.replaceFirst("\"value\"\\s*:\\s*[0-9.]+", "\"value\":" + "9".repeat(1200));
		assertThat(unreadable).isNotEqualTo(snapshot);
		jdbc.sql("update sheet_version set snapshot = cast(? as json) where sheet_id = ? and version = ?")
			.params(unreadable, broken, version)
			.update();
		try {
			index.rebuild();
			assertThat(portal.sheets(m, null)).extracting(PublicSheet::sheetId)
				.containsExactlyInAnyOrderElementsOf(sheets.subList(1, sheets.size()));
		}
		finally {
			jdbc.sql("update sheet_version set snapshot = cast(? as json) where sheet_id = ? and version = ?")
				.params(snapshot, broken, version)
				.update();
			index.rebuild();
		}
	}

	private record Snapshot(List<PublicSheet> sheets, List<NodeCoverage> plan, List<PolicyCoverage> policies,
			ResultPage<PublicGoal> priority, ResultPage<PublicGoal> node, ResultPage<PublicAction> expanded) {
	}

	private Snapshot snapshot(long m) {
		return new Snapshot(portal.sheets(m, null), portal.planTree(m, null), portal.policies(m, null),
				portal.goals(m, null, new GoalFilter.Priority(), ListOrder.DEFAULT, 1),
				portal.goals(m, null, new GoalFilter.PlanNode("5-1"), new ListOrder(ListOrder.Field.DEPARTMENT, true), 2),
				portal.actions(m, 2024, "拡充", new ListOrder(ListOrder.Field.NUMBER, false), 1));
	}

	private List<String> titles(long m) {
		return portal.goals(m, null, new GoalFilter.PlanNode("5"), ListOrder.DEFAULT, 1)
			.items()
			.stream()
			.map(PublicGoal::title)
			.toList();
	}

	private int rows(String table, UUID sheetId) {
		return jdbc.sql("select count(*) from " + table + " where sheet_id = ?").param(sheetId).query(Integer.class).single();
	}
}
