package org.mokuhyo.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class WorkflowsTest {

	private static final Actor EDITOR = new Actor(1L, "編集 花子");

	private static final Actor MAYOR = new Actor(2L, "市長 太郎");

	private static final Actor HEAD = new Actor(3L, "部長 次郎");

	private static final Actor ADMIN = new Actor(4L, "企画 三郎");

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Test
	void aSheetGoesThroughTheWholeCycleAndEachStepIsRecorded() {
		SheetData input = SampleSheets.full("手続きテスト部", 2024);
		UUID id = store.save(input, List.of(), "a.txt").id();
		assertEquals(SheetStatus.DRAFT, workflows.state(id).orElseThrow().status());
		assertEquals(Optional.empty(), workflows.publishedVersion(id), "a draft is not public");

		workflows.take(id, Step.SUBMIT, EDITOR, "提出します", null);
		AnnualGoal goal = store.find(id).orElseThrow().annualGoals().get(0);
		workflows.recordHearing(id, new Hearing(null, 0, LocalDate.of(2024, 2, 20), "市長、副市長、部長", "全体として了承",
				List.of(new Hearing.GoalComment(goal.id(), goal.number(), goal.title(), "指標を明確に")), null, null),
				MAYOR);
		assertEquals(SheetStatus.HEARING_HELD, workflows.state(id).orElseThrow().status());
		workflows.take(id, Step.RESUBMIT, EDITOR, null, null);
		workflows.take(id, Step.APPROVE_AS_HEAD, HEAD, null, null);
		workflows.take(id, Step.APPROVE_AS_EXECUTIVE, MAYOR, "承認", null);
		assertEquals(SheetStatus.APPROVED, workflows.state(id).orElseThrow().status());
		workflows.take(id, Step.PUBLISH, ADMIN, null, LocalDate.of(2024, 4, 1));

		assertEquals(Optional.of(1), workflows.publishedVersion(id));
		assertEquals(LocalDate.of(2024, 4, 1), workflows.publication(id).orElseThrow().asOf());
		List<StepRecord> steps = workflows.steps(id);
		assertEquals(List.of(Step.SUBMIT, Step.RECORD_HEARING, Step.RESUBMIT, Step.APPROVE_AS_HEAD,
				Step.APPROVE_AS_EXECUTIVE, Step.PUBLISH), steps.stream().map(StepRecord::step).toList());
		assertEquals("市長 太郎", steps.get(1).actorName());
		assertEquals("提出します", steps.get(0).comment());
		Hearing hearing = workflows.hearings(id).get(0);
		assertEquals("市長、副市長、部長", hearing.participants());
		assertEquals("指標を明確に", hearing.goalComments().get(0).comment());
		assertEquals(goal.id(), hearing.goalComments().get(0).goalId());
	}

	@Test
	void anEditOfAPublishedSheetIsANewDraftWhileThePublicKeepsThePublishedVersion() {
		SheetData input = SampleSheets.full("再編集テスト部", 2024);
		UUID id = store.save(input, List.of(), "a.txt").id();
		workflows.take(id, Step.IMPORT_PUBLISHED, ADMIN, null, null);
		assertEquals(Optional.of(1), workflows.publishedVersion(id));

		SavedSheet edited = store.save(SampleSheets.withTitle(input, 0, "変更した目標"), List.of(), "b.txt");

		assertEquals(2, edited.version());
		assertEquals(SheetStatus.DRAFT, workflows.state(id).orElseThrow().status());
		assertEquals(Optional.of(1), workflows.publishedVersion(id), "the public still reads version 1");
		workflows.take(id, Step.WITHDRAW, ADMIN, "誤りのため", null);
		assertEquals(Optional.empty(), workflows.publishedVersion(id));
	}

	@Test
	void aSheetUnderReviewCannotBeChangedAndTheRefusedSaveLeavesNothing() {
		SheetData input = SampleSheets.full("審査中テスト部", 2024);
		UUID id = store.save(input, List.of(), "a.txt").id();
		workflows.take(id, Step.SUBMIT, EDITOR, null, null);

		StepRefusedException refused = assertThrows(StepRefusedException.class,
				() -> store.save(SampleSheets.withTitle(input, 0, "審査中の変更"), List.of(), "b.txt"));

		assertEquals("NOT_EDITABLE", refused.code());
		assertEquals(1, store.versions(id).size());
		assertEquals(input.annualGoals().get(0).title(), store.find(id).orElseThrow().annualGoals().get(0).title());
		assertEquals(SheetStatus.SUBMITTED, workflows.state(id).orElseThrow().status());
	}

	@Test
	void publishingADraftIsRefusedAndChangesNothing() {
		UUID id = store.save(SampleSheets.full("公表拒否テスト部", 2024), List.of(), "a.txt").id();

		StepRefusedException refused = assertThrows(StepRefusedException.class,
				() -> workflows.take(id, Step.PUBLISH, ADMIN, null, null));

		assertEquals("NOT_APPROVED", refused.code());
		assertTrue(workflows.steps(id).isEmpty());
		assertEquals(Optional.empty(), workflows.publishedVersion(id));
	}

	@Autowired
	org.mokuhyo.importer.ImportService imports;

	@Test
	void anImportIntoASheetUnderReviewIsRefusedWithItsReasonAndAnArchiveImportIsPublishedAsOfAprilFirst() {
		String department = "取込審査テスト部" + java.util.UUID.randomUUID().toString().substring(0, 6);
		byte[] seed = new String(org.mokuhyo.importer.SeedFixture.bytes(), java.nio.charset.StandardCharsets.UTF_8)
			.replace("部局\t市民協働部", "部局\t" + department)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		var first = imports.importSheet(seed, "a.txt", new org.mokuhyo.importer.ImportOptions(2024, null, null),
				org.mokuhyo.importer.ImportPermission.ANYONE, org.mokuhyo.importer.ImportAuthor.COMMAND_LINE.asPublished());
		assertTrue(first.published());
		assertEquals(LocalDate.of(2024, 4, 1), workflows.publication(first.sheetId()).orElseThrow().asOf());

		SheetData stored = store.find(first.sheetId()).orElseThrow();
		store.save(SampleSheets.withTitle(stored, 0, "改訂"), List.of(), null,
				org.mokuhyo.sheet.Change.edit(null, "編集", 1));
		workflows.take(first.sheetId(), Step.SUBMIT, EDITOR, null, null);

		org.mokuhyo.importer.ImportRejectedException refused = assertThrows(
				org.mokuhyo.importer.ImportRejectedException.class,
				() -> imports.importSheet(seed, "b.txt", new org.mokuhyo.importer.ImportOptions(2024, null, null)));
		assertEquals("NOT_EDITABLE", refused.code());
		assertTrue(refused.getMessage().contains("提出済み"), refused.getMessage());
		assertEquals(2, store.versions(first.sheetId()).size(), "nothing written");
	}
}
