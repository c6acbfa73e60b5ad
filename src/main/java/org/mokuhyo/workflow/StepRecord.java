package org.mokuhyo.workflow;

import java.time.Instant;

/** One step taken on a sheet, as the history lists it, in the phase it was taken in. */
public record StepRecord(Step step, SheetStatus from, SheetStatus to, int version, String actorName, String comment,
		Instant at, Phase phase) {

	/** The step as the history names it: the review's steps carry the phase (振り返りの提出 …). */
	public String label() {
		return step.labelIn(phase);
	}
}
