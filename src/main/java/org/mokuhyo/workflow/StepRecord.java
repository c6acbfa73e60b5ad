package org.mokuhyo.workflow;

import java.time.Instant;

/** One step taken on a sheet, as the history lists it. */
public record StepRecord(Step step, SheetStatus from, SheetStatus to, int version, String actorName, String comment,
		Instant at) {
}
