package org.mokuhyo.bulk;

import java.time.Instant;
import java.util.UUID;

/**
 * One file of a bulk import and its outcome (null while to do).
 *
 * @param code    why it was refused (the importer's code, FORBIDDEN, TOO_LARGE …); null otherwise
 * @param sheetId the sheet it was stored as; null when refused or to do
 */
public record BulkFile(int position, String name, long size, FileOutcome outcome, String code, String message,
		Integer warnings, UUID sheetId, Integer version, String department, Integer fiscalYear, Instant doneAt) {
}
