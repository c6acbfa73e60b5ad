package org.mokuhyo.sheet;

import java.util.UUID;

/**
 * The result of storing a sheet.
 *
 * @param replaced true when an earlier version of the same municipality × department × fiscal year existed
 * @param changed  false when the stored content was identical and no new version was written
 */
public record SavedSheet(UUID id, int version, boolean replaced, boolean changed) {
}
