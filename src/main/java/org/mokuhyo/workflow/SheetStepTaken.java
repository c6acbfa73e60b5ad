package org.mokuhyo.workflow;

import java.util.UUID;

/**
 * A step of the cycle was taken on a sheet (inside its transaction). History, search and notifications react; the
 * public sees {@code publishedVersion} (null: nothing). {@code actorName} is null for an edit (its author is in
 * the version history).
 */
public record SheetStepTaken(UUID sheetId, long departmentId, Step step, SheetStatus from, SheetStatus to,
		int version, Integer publishedVersion, String actorName, String comment, Phase phase) {

	/** The step as the history names it (the review's steps carry the phase). */
	public String label() {
		return step.labelIn(phase);
	}
}
