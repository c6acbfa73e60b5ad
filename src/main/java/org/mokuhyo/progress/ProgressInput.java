package org.mokuhyo.progress;

import java.util.Map;
import java.util.UUID;

/**
 * One row of the progress form as entered, not yet checked: the status's name, the comment, the actual values as
 * typed (full-width digits and commas allowed), and the version of the saved update the page showed (null: none).
 */
public record ProgressInput(UUID actionId, String status, String comment, Map<TargetKey, String> actuals,
		Integer baseVersion) {

	public ProgressInput {
		actuals = Map.copyOf(actuals);
	}

	/** Nothing entered at all: the action has no update for the quarter. */
	boolean blank() {
		return (status == null || status.isBlank()) && (comment == null || comment.isBlank())
				&& actuals.values().stream().allMatch(v -> v == null || v.isBlank());
	}
}
