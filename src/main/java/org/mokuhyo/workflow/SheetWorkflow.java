package org.mokuhyo.workflow;

import java.util.Arrays;
import java.util.List;

/**
 * The cycle state of one sheet and the one place that decides which step may follow which (部局マネジメントの流れ):
 * <pre>
 * DRAFT ─提出→ SUBMITTED ─ヒアリング→ HEARING_HELD ─再提出→ RESUBMITTED ─部局長承認+市長等承認→ APPROVED ─公表→ PUBLISHED
 *   ↑______________________________差戻し (from SUBMITTED … APPROVED)______________________________|
 * PUBLISHED ─編集→ DRAFT (a new draft; the published version stays public until the next publication)
 * </pre>
 * Approvals belong to the version approved: both are needed, in either order; sending back clears them. The state
 * is a value: {@link #take} answers the state after a step, or refuses it with a Japanese message.
 *
 * @param version          the sheet's current version (the one being worked on)
 * @param publishedVersion the version the public reads, or null while nothing is published
 */
public record SheetWorkflow(SheetStatus status, int version, Integer publishedVersion, boolean headApproved,
		boolean executiveApproved) {

	public static SheetWorkflow newDraft(int version) {
		return new SheetWorkflow(SheetStatus.DRAFT, version, null, false, false);
	}

	/** The state after {@code step}; refused when the cycle does not allow that step now. */
	public SheetWorkflow take(Step step) {
		return switch (step) {
			case SUBMIT -> from(step, SheetStatus.DRAFT).to(SheetStatus.SUBMITTED);
			case RECORD_HEARING -> from(step, SheetStatus.SUBMITTED, SheetStatus.HEARING_HELD).to(SheetStatus.HEARING_HELD);
			case RESUBMIT -> from(step, SheetStatus.HEARING_HELD).to(SheetStatus.RESUBMITTED);
			case APPROVE_AS_HEAD -> approve(step, headApproved, true, executiveApproved);
			case APPROVE_AS_EXECUTIVE -> approve(step, executiveApproved, headApproved, true);
			case SEND_BACK -> from(step, SheetStatus.SUBMITTED, SheetStatus.HEARING_HELD, SheetStatus.RESUBMITTED,
					SheetStatus.APPROVED).to(SheetStatus.DRAFT);
			case PUBLISH -> {
				if (status != SheetStatus.APPROVED) {
					throw refused("NOT_APPROVED", "承認されていないシートは公表できません（現在の状態: " + status.label() + "）。");
				}
				yield new SheetWorkflow(SheetStatus.PUBLISHED, version, version, false, false);
			}
			case WITHDRAW -> {
				if (publishedVersion == null) {
					throw refused("NOT_PUBLISHED", "公表されていないシートの公表は取り下げられません。");
				}
				yield new SheetWorkflow(status == SheetStatus.PUBLISHED ? SheetStatus.DRAFT : status, version, null,
						false, false);
			}
			case IMPORT_PUBLISHED -> new SheetWorkflow(SheetStatus.PUBLISHED, version, version, false, false);
			case EDIT -> throw new IllegalArgumentException("an edit brings a new version: use edited(version)");
		};
	}

	/** The state after a change of content saved as {@code newVersion}. */
	public SheetWorkflow edited(int newVersion) {
		if (!status.editable()) {
			throw refused("NOT_EDITABLE", "「" + status.label() + "」のシートは編集できません。差戻しを受けてから編集してください。");
		}
		SheetStatus next = status == SheetStatus.PUBLISHED ? SheetStatus.DRAFT : status;
		return new SheetWorkflow(next, newVersion, publishedVersion, false, false);
	}

	/** The steps the cycle allows now (whoever may take them), for offering them on a page. */
	public List<Step> possibleSteps() {
		return Arrays.stream(Step.values()).filter(step -> step != Step.EDIT && step != Step.IMPORT_PUBLISHED).filter(step -> {
			try {
				take(step);
				return true;
			}
			catch (StepRefusedException ex) {
				return false;
			}
		}).toList();
	}

	/** Whether the public can read this sheet (some version of it is published). */
	public boolean published() {
		return publishedVersion != null;
	}

	private SheetWorkflow approve(Step step, boolean already, boolean head, boolean executive) {
		if (status != SheetStatus.RESUBMITTED) {
			throw refused("NOT_READY_FOR_APPROVAL",
					"承認できるのはヒアリング後に再提出されたシートです（現在の状態: " + status.label() + "）。");
		}
		if (already) {
			throw refused("ALREADY_APPROVED", step.label() + "は済んでいます。");
		}
		SheetStatus next = head && executive ? SheetStatus.APPROVED : SheetStatus.RESUBMITTED;
		return new SheetWorkflow(next, version, publishedVersion, head, executive);
	}

	private Guard from(Step step, SheetStatus... allowed) {
		if (!Arrays.asList(allowed).contains(status)) {
			throw refused("INVALID_STEP", "「" + status.label() + "」のシートには" + step.label() + "はできません。");
		}
		return next -> new SheetWorkflow(next, version, publishedVersion, next == status && headApproved,
				next == status && executiveApproved);
	}

	private interface Guard {
		SheetWorkflow to(SheetStatus next);
	}

	private static StepRefusedException refused(String code, String message) {
		return new StepRefusedException(code, message);
	}
}
