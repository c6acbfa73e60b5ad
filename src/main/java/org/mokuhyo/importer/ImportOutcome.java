package org.mokuhyo.importer;

import java.util.UUID;

/**
 * A stored import: where the sheet now lives and what the reading found.
 *
 * @param published whether it entered the cycle as published (an archive import)
 */
public record ImportOutcome(UUID sheetId, int version, boolean replaced, boolean changed, ImportReport report,
		boolean published) {
}
