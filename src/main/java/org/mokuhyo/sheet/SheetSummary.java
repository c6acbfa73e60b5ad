package org.mokuhyo.sheet;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a sheet list.
 */
public record SheetSummary(
		UUID id,
		String municipality,
		int fiscalYear,
		String fiscalYearLabel,
		String department,
		int version,
		Instant updatedAt,
		int annualGoals,
		int midTermGoals,
		int warnings) {
}
