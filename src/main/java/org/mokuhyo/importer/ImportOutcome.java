package org.mokuhyo.importer;

import java.util.UUID;

/**
 * A stored import: where the sheet now lives and what the reading found.
 */
public record ImportOutcome(UUID sheetId, int version, boolean replaced, boolean changed, ImportReport report) {
}
