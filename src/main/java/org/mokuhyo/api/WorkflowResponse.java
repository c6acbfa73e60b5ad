package org.mokuhyo.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mokuhyo.workflow.Publication;
import org.mokuhyo.workflow.SheetWorkflow;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.StepRecord;

/**
 * Where a sheet stands in the cycle, for staff: state and phase with their Japanese labels, the published version
 * and its 作成基準日, the steps the caller may take now, and every step taken.
 */
record WorkflowResponse(UUID sheetId, String status, String statusLabel, String phase, String phaseLabel, int version,
		Integer publishedVersion, Instant publishedAt, LocalDate asOf, boolean headApproved, boolean executiveApproved,
		List<StepOption> possibleSteps, List<StepEntry> steps) {

	/** A step the caller may take now. */
	record StepOption(String step, String label) {
	}

	/** A step taken. */
	record StepEntry(String step, String label, String from, String to, int version, String actor, String comment,
			Instant at) {
	}

	static WorkflowResponse of(UUID sheetId, SheetWorkflow state, Publication publication, List<Step> possible,
			List<StepRecord> history) {
		return new WorkflowResponse(sheetId, state.status().name(), state.label(), state.phase().name(),
				state.phase().label(), state.version(), state.publishedVersion(),
				publication == null ? null : publication.publishedAt(), publication == null ? null : publication.asOf(),
				state.headApproved(), state.executiveApproved(),
				possible.stream().map(s -> new StepOption(s.name(), s.labelIn(state.phase()))).toList(),
				history.stream()
					.map(h -> new StepEntry(h.step().name(), h.label(), h.from() == null ? null : h.from().name(),
							h.to().name(), h.version(), h.actorName(), h.comment(), h.at()))
					.toList());
	}
}
