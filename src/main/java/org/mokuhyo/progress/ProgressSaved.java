package org.mokuhyo.progress;

import java.util.UUID;

/**
 * A quarter's progress of a sheet was saved (inside its transaction): the search index reads the goals' progress
 * again once it commits.
 */
public record ProgressSaved(UUID sheetId, int quarter) {
}
