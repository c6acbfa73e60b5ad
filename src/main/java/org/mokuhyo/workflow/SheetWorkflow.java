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
 * Then the year-end review ({@link Phase#REVIEW}), opened on the published plan with 振り返りの開始, has no hearing:
 * <pre>
 * PUBLISHED ─振り返りの開始→ DRAFT ─提出→ SUBMITTED ─部局長承認+市長等承認→ APPROVED ─公表→ PUBLISHED
 * </pre>
 * Approvals belong to the version approved: both are needed, in either order; sending back clears them. The state
 * is a value: {@link #take} answers the state after a step, or refuses it with a Japanese message. When the review
 * may start (the fourth quarter) is a matter of the date, decided by {@link Workflows}.
 *
 * @param version          the sheet's current version (the one being worked on)
 * @param publishedVersion the version the public reads, or null while nothing is published
 */
public record SheetWorkflow(SheetStatus status, int version, Integer publishedVersion, boolean headApproved,
		boolean executiveApproved, Phase phase) {

	/** A state of the plan phase. */
	public SheetWorkflow(SheetStatus status, int version, Integer publishedVersion, boolean headApproved,
			boolean executiveApproved) {
		this(status, version, publishedVersion, headApproved, executiveApproved, Phase.PLAN);
	}

	public static SheetWorkflow newDraft(int version) {
		return new SheetWorkflow(SheetStatus.DRAFT, version, null, false, false);
	}

	/** The state after {@code step}; refused when the cycle does not allow that step now. */
	public SheetWorkflow take(Step step) {
		return switch (step) {
			case SUBMIT -> from(step, SheetStatus.DRAFT).to(SheetStatus.SUBMITTED);
			case RECORD_HEARING -> planOnly(step).from(step, SheetStatus.SUBMITTED, SheetStatus.HEARING_HELD)
				.to(SheetStatus.HEARING_HELD);
			case RESUBMIT -> planOnly(step).from(step, SheetStatus.HEARING_HELD).to(SheetStatus.RESUBMITTED);
			case START_REVIEW -> {
				if (phase == Phase.REVIEW) {
					throw refused("ALREADY_IN_REVIEW", "振り返りはすでに始まっています。");
				}
				if (status != SheetStatus.PUBLISHED) {
					throw refused("PLAN_NOT_PUBLISHED", "振り返りを始められるのは、目標が公表され、その後の変更がないシートです（現在の状態: "
							+ status.label() + "）。");
				}
				yield new SheetWorkflow(SheetStatus.DRAFT, version, publishedVersion, false, false, Phase.REVIEW);
			}
			case APPROVE_AS_HEAD -> approve(step, headApproved, true, executiveApproved);
			case APPROVE_AS_EXECUTIVE -> approve(step, executiveApproved, headApproved, true);
			case SEND_BACK -> from(step, SheetStatus.SUBMITTED, SheetStatus.HEARING_HELD, SheetStatus.RESUBMITTED,
					SheetStatus.APPROVED).to(SheetStatus.DRAFT);
			case PUBLISH -> {
				if (status != SheetStatus.APPROVED) {
					throw refused("NOT_APPROVED", "承認されていないシートは公表できません（現在の状態: " + label() + "）。");
				}
				yield new SheetWorkflow(SheetStatus.PUBLISHED, version, version, false, false, phase);
			}
			case WITHDRAW -> {
				if (publishedVersion == null) {
					throw refused("NOT_PUBLISHED", "公表されていないシートの公表は取り下げられません。");
				}
				yield new SheetWorkflow(status == SheetStatus.PUBLISHED ? SheetStatus.DRAFT : status, version, null,
						false, false, phase);
			}
			case IMPORT_PUBLISHED -> new SheetWorkflow(SheetStatus.PUBLISHED, version, version, false, false, phase);
			case EDIT -> throw new IllegalArgumentException("an edit brings a new version: use edited(version)");
		};
	}

	/** The state after a change of content saved as {@code newVersion}. */
	public SheetWorkflow edited(int newVersion) {
		if (!status.editable()) {
			throw refused("NOT_EDITABLE", "「" + label() + "」のシートは編集できません。差戻しを受けてから編集してください。");
		}
		SheetStatus next = status == SheetStatus.PUBLISHED ? SheetStatus.DRAFT : status;
		return new SheetWorkflow(next, newVersion, publishedVersion, false, false, phase);
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

	/** How the state is named on pages: the review's states carry the phase. */
	public String label() {
		return phase == Phase.REVIEW ? phase.label() + "：" + status.label() : status.label();
	}

	private SheetWorkflow approve(Step step, boolean already, boolean head, boolean executive) {
		// the plan is approved after the hearing and the revision; the review, as submitted
		SheetStatus waiting = phase == Phase.REVIEW ? SheetStatus.SUBMITTED : SheetStatus.RESUBMITTED;
		if (status != waiting) {
			throw refused("NOT_READY_FOR_APPROVAL", (phase == Phase.REVIEW ? "承認できるのは提出された振り返りです"
					: "承認できるのはヒアリング後に再提出されたシートです") + "（現在の状態: " + label() + "）。");
		}
		if (already) {
			throw refused("ALREADY_APPROVED", step.label() + "は済んでいます。");
		}
		SheetStatus next = head && executive ? SheetStatus.APPROVED : waiting;
		return new SheetWorkflow(next, version, publishedVersion, head, executive, phase);
	}

	private SheetWorkflow planOnly(Step step) {
		if (phase == Phase.REVIEW) {
			throw refused("NOT_IN_REVIEW", "振り返りには" + step.label() + "はありません。");
		}
		return this;
	}

	private Guard from(Step step, SheetStatus... allowed) {
		if (!Arrays.asList(allowed).contains(status)) {
			throw refused("INVALID_STEP", "「" + label() + "」のシートには" + step.label() + "はできません。");
		}
		return next -> new SheetWorkflow(next, version, publishedVersion, next == status && headApproved,
				next == status && executiveApproved, phase);
	}

	private interface Guard {
		SheetWorkflow to(SheetStatus next);
	}

	private static StepRefusedException refused(String code, String message) {
		return new StepRefusedException(code, message);
	}
}
