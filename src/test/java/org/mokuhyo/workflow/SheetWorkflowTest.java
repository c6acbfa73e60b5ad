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
		allow(SheetStatus.PUBLISHED, Step.START_REVIEW, SheetStatus.DRAFT);
		for (SheetStatus status : SheetStatus.values()) {
			allow(status, Step.IMPORT_PUBLISHED, SheetStatus.PUBLISHED);
		}
	}

	/** The same for the year-end review: no hearing, approval of the submitted review, no second start. */
	private static final Map<SheetStatus, Map<Step, SheetStatus>> ALLOWED_IN_REVIEW = new EnumMap<>(SheetStatus.class);

	static {
		allowInReview(SheetStatus.DRAFT, Step.SUBMIT, SheetStatus.SUBMITTED);
		allowInReview(SheetStatus.SUBMITTED, Step.APPROVE_AS_HEAD, SheetStatus.SUBMITTED);
		allowInReview(SheetStatus.SUBMITTED, Step.APPROVE_AS_EXECUTIVE, SheetStatus.SUBMITTED);
		allowInReview(SheetStatus.SUBMITTED, Step.SEND_BACK, SheetStatus.DRAFT);
		// not reachable in a review, but a state the table may hold: sending back still works
		allowInReview(SheetStatus.HEARING_HELD, Step.SEND_BACK, SheetStatus.DRAFT);
		allowInReview(SheetStatus.RESUBMITTED, Step.SEND_BACK, SheetStatus.DRAFT);
		allowInReview(SheetStatus.APPROVED, Step.SEND_BACK, SheetStatus.DRAFT);
		allowInReview(SheetStatus.APPROVED, Step.PUBLISH, SheetStatus.PUBLISHED);
		allowInReview(SheetStatus.PUBLISHED, Step.WITHDRAW, SheetStatus.DRAFT);
		for (SheetStatus status : SheetStatus.values()) {
			allowInReview(status, Step.IMPORT_PUBLISHED, SheetStatus.PUBLISHED);
		}
	}

	private static void allow(SheetStatus from, Step step, SheetStatus to) {
		ALLOWED.computeIfAbsent(from, s -> new EnumMap<>(Step.class)).put(step, to);
	}

	private static void allowInReview(SheetStatus from, Step step, SheetStatus to) {
		ALLOWED_IN_REVIEW.computeIfAbsent(from, s -> new EnumMap<>(Step.class)).put(step, to);
	}

	private static SheetWorkflow in(SheetStatus status) {
		return new SheetWorkflow(status, 3, status == SheetStatus.PUBLISHED ? 3 : null, false, false);
	}

	@Test
	void everyStepFromEveryStatusIsAllowedOrRefusedAsTheCycleSays() {
		everyStep(ALLOWED, Phase.PLAN);
	}

	@Test
	void everyStepOfTheReviewFromEveryStatusIsAllowedOrRefusedAsTheCycleSays() {
		everyStep(ALLOWED_IN_REVIEW, Phase.REVIEW);
	}

	private static void everyStep(Map<SheetStatus, Map<Step, SheetStatus>> allowed, Phase phase) {
		for (SheetStatus status : SheetStatus.values()) {
			for (Step step : Step.values()) {
				if (step == Step.EDIT) {
					continue;
				}
				SheetStatus expected = allowed.getOrDefault(status, Map.of()).get(step);
				SheetWorkflow plan = in(status);
				SheetWorkflow before = new SheetWorkflow(plan.status(), plan.version(), plan.publishedVersion(), false,
						false, phase);
				if (expected == null) {
					StepRefusedException refused = assertThrows(StepRefusedException.class, () -> before.take(step),
							status + " " + step);
					assertFalse(refused.getMessage().isBlank());
					assertFalse(before.possibleSteps().contains(step));
				}
				else {
					assertEquals(expected, before.take(step).status(), status + " " + step);
					assertEquals(step == Step.START_REVIEW ? Phase.REVIEW : phase, before.take(step).phase());
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

	@Test
	void theReviewStartsOnThePublishedPlanAndIsApprovedAndPublishedWithoutAHearing() {
		SheetWorkflow published = new SheetWorkflow(SheetStatus.APPROVED, 4, null, true, true).take(Step.PUBLISH);
		assertEquals("PLAN_NOT_PUBLISHED", assertThrows(StepRefusedException.class,
				() -> published.edited(5).take(Step.START_REVIEW)).code(), "unpublished plan changes come first");

		SheetWorkflow review = published.take(Step.START_REVIEW);
		assertEquals(Phase.REVIEW, review.phase());
		assertEquals(SheetStatus.DRAFT, review.status());
		assertEquals(Integer.valueOf(4), review.publishedVersion(), "the public keeps the published plan");
		assertEquals("振り返り：下書き", review.label());
		assertEquals("ALREADY_IN_REVIEW",
				assertThrows(StepRefusedException.class, () -> review.take(Step.START_REVIEW)).code());

		SheetWorkflow written = review.edited(5);
		assertEquals(Phase.REVIEW, written.phase());
		SheetWorkflow submitted = written.take(Step.SUBMIT);
		assertEquals("NOT_IN_REVIEW",
				assertThrows(StepRefusedException.class, () -> submitted.take(Step.RECORD_HEARING)).code());
		SheetWorkflow approved = submitted.take(Step.APPROVE_AS_EXECUTIVE).take(Step.APPROVE_AS_HEAD);
		assertEquals(SheetStatus.APPROVED, approved.status());
		SheetWorkflow reviewPublished = approved.take(Step.PUBLISH);
		assertEquals(Integer.valueOf(5), reviewPublished.publishedVersion());
		assertEquals(Phase.REVIEW, reviewPublished.phase());
		assertEquals("振り返りの提出", Step.SUBMIT.labelIn(Phase.REVIEW));
		assertEquals("振り返りの開始", Step.START_REVIEW.labelIn(Phase.REVIEW));
	}
}
