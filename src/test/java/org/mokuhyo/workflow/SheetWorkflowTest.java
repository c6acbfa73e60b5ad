package org.mokuhyo.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SheetWorkflowTest {

	/** Every status × step: the status after it, or null where the cycle refuses it. */
	private static final Map<SheetStatus, Map<Step, SheetStatus>> ALLOWED = new EnumMap<>(SheetStatus.class);

	static {
		allow(SheetStatus.DRAFT, Step.SUBMIT, SheetStatus.SUBMITTED);
		allow(SheetStatus.SUBMITTED, Step.RECORD_HEARING, SheetStatus.HEARING_HELD);
		allow(SheetStatus.SUBMITTED, Step.SEND_BACK, SheetStatus.DRAFT);
		allow(SheetStatus.HEARING_HELD, Step.RECORD_HEARING, SheetStatus.HEARING_HELD);
		allow(SheetStatus.HEARING_HELD, Step.RESUBMIT, SheetStatus.RESUBMITTED);
		allow(SheetStatus.HEARING_HELD, Step.SEND_BACK, SheetStatus.DRAFT);
		allow(SheetStatus.RESUBMITTED, Step.APPROVE_AS_HEAD, SheetStatus.RESUBMITTED);
		allow(SheetStatus.RESUBMITTED, Step.APPROVE_AS_EXECUTIVE, SheetStatus.RESUBMITTED);
		allow(SheetStatus.RESUBMITTED, Step.SEND_BACK, SheetStatus.DRAFT);
		allow(SheetStatus.APPROVED, Step.SEND_BACK, SheetStatus.DRAFT);
		allow(SheetStatus.APPROVED, Step.PUBLISH, SheetStatus.PUBLISHED);
		allow(SheetStatus.PUBLISHED, Step.WITHDRAW, SheetStatus.DRAFT);
		for (SheetStatus status : SheetStatus.values()) {
			allow(status, Step.IMPORT_PUBLISHED, SheetStatus.PUBLISHED);
		}
	}

	private static void allow(SheetStatus from, Step step, SheetStatus to) {
		ALLOWED.computeIfAbsent(from, s -> new EnumMap<>(Step.class)).put(step, to);
	}

	private static SheetWorkflow in(SheetStatus status) {
		return new SheetWorkflow(status, 3, status == SheetStatus.PUBLISHED ? 3 : null, false, false);
	}

	@Test
	void everyStepFromEveryStatusIsAllowedOrRefusedAsTheCycleSays() {
		for (SheetStatus status : SheetStatus.values()) {
			for (Step step : Step.values()) {
				if (step == Step.EDIT) {
					continue;
				}
				SheetStatus expected = ALLOWED.getOrDefault(status, Map.of()).get(step);
				SheetWorkflow before = in(status);
				if (expected == null) {
					StepRefusedException refused = assertThrows(StepRefusedException.class, () -> before.take(step),
							status + " " + step);
					assertFalse(refused.getMessage().isBlank());
					assertFalse(before.possibleSteps().contains(step));
				}
				else {
					assertEquals(expected, before.take(step).status(), status + " " + step);
					assertTrue(step == Step.IMPORT_PUBLISHED || before.possibleSteps().contains(step));
				}
			}
		}
	}

	@Test
	void approvalNeedsTheHeadAndTheExecutiveInEitherOrderOnce() {
		SheetWorkflow resubmitted = SheetWorkflow.newDraft(1)
			.take(Step.SUBMIT)
			.take(Step.RECORD_HEARING)
			.take(Step.RESUBMIT);

		SheetWorkflow headFirst = resubmitted.take(Step.APPROVE_AS_HEAD);
		assertEquals(SheetStatus.RESUBMITTED, headFirst.status());
		assertEquals("ALREADY_APPROVED",
				assertThrows(StepRefusedException.class, () -> headFirst.take(Step.APPROVE_AS_HEAD)).code());
		assertEquals(SheetStatus.APPROVED, headFirst.take(Step.APPROVE_AS_EXECUTIVE).status());

		SheetWorkflow executiveFirst = resubmitted.take(Step.APPROVE_AS_EXECUTIVE);
		assertEquals(SheetStatus.APPROVED, executiveFirst.take(Step.APPROVE_AS_HEAD).status());
		assertFalse(executiveFirst.take(Step.SEND_BACK).executiveApproved(), "sending back clears the approvals");
	}

	@Test
	void publishingFixesTheVersionAndALaterEditIsANewDraftThatLeavesItPublic() {
		SheetWorkflow approved = new SheetWorkflow(SheetStatus.APPROVED, 4, null, true, true);

		SheetWorkflow published = approved.take(Step.PUBLISH);
		assertEquals(Integer.valueOf(4), published.publishedVersion());
		assertTrue(published.published());

		SheetWorkflow redrafted = published.edited(5);
		assertEquals(SheetStatus.DRAFT, redrafted.status());
		assertEquals(5, redrafted.version());
		assertEquals(Integer.valueOf(4), redrafted.publishedVersion(), "the public still reads version 4");

		SheetWorkflow withdrawn = redrafted.take(Step.WITHDRAW);
		assertNull(withdrawn.publishedVersion());
		assertEquals(SheetStatus.DRAFT, withdrawn.status());
	}

	@Test
	void publishingAnUnapprovedSheetIsRefusedWithItsReason() {
		StepRefusedException refused = assertThrows(StepRefusedException.class,
				() -> SheetWorkflow.newDraft(1).take(Step.PUBLISH));
		assertEquals("NOT_APPROVED", refused.code());
		assertTrue(refused.getMessage().contains("承認されていない"), refused.getMessage());
	}

	@Test
	void onlyDraftsSheetsAfterTheHearingAndPublishedSheetsCanBeEdited() {
		for (SheetStatus status : SheetStatus.values()) {
			boolean editable = List.of(SheetStatus.DRAFT, SheetStatus.HEARING_HELD, SheetStatus.PUBLISHED)
				.contains(status);
			if (editable) {
				assertEquals(2 + 3, in(status).edited(5).version());
			}
			else {
				assertEquals("NOT_EDITABLE", assertThrows(StepRefusedException.class, () -> in(status).edited(5)).code());
			}
		}
	}
}
