package org.mokuhyo.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A hearing (ヒアリング) on a submitted sheet: when, who took part, the overall comment and comments per goal.
 *
 * @param id         null until recorded
 * @param version    the sheet version heard
 * @param recordedBy name of who recorded it
 */
public record Hearing(Long id, int version, LocalDate heldOn, String participants, String comment,
		List<GoalComment> goalComments, String recordedBy, Instant recordedAt) {

	public Hearing {
		goalComments = goalComments == null ? List.of() : List.copyOf(goalComments);
	}

	/** A comment on one annual goal, kept with the goal's number and title as they were heard. */
	public record GoalComment(UUID goalId, Integer goalNumber, String goalTitle, String comment) {
	}
}
