package org.mokuhyo.progress;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A department's sheet and a quarter whose update is open: how many of its actions have none yet, and by when.
 *
 * @param daysLeft days from today to the due date; negative when late
 */
public record DueUpdate(UUID sheetId, long departmentId, String department, int fiscalYear, Quarter quarter,
		int actions, int missing, LocalDate dueDate, long daysLeft) {

	public boolean late() {
		return daysLeft < 0 && missing > 0;
	}
}
