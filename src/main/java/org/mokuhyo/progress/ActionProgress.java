package org.mokuhyo.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The saved progress of one action in one quarter.
 *
 * @param actuals the actual value so far of each target that has one
 * @param version the row's version, which a save names to be refused when someone else saved in between
 */
public record ActionProgress(UUID actionId, int quarter, ProgressStatus status, String comment,
		Map<TargetKey, BigDecimal> actuals, String updatedByName, Instant updatedAt, int version) {

	public ActionProgress {
		actuals = Map.copyOf(actuals);
	}
}
