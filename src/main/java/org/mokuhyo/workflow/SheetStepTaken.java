package org.mokuhyo.workflow;

import java.util.UUID;

/**
 * A step of the cycle was taken on a sheet (inside its transaction). History, search and notifications react; the
 * public sees {@code publishedVersion} (null: nothing).
 */
public record SheetStepTaken(UUID sheetId, Step step, SheetStatus from, SheetStatus to, int version,
		Integer publishedVersion) {
}
