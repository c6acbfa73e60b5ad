package org.mokuhyo.api;

import java.util.UUID;

import org.mokuhyo.importer.ImportReport;

/**
 * The answer to an import: where the sheet lives now, which version it is, and what the reading found.
 *
 * @param url      the sheet's page
 * @param apiUrl   the sheet's JSON
 * @param replaced an earlier version of the same department and fiscal year existed
 * @param changed  false when the content was identical to the stored version and nothing was written
 */
record ImportResponse(UUID id, String url, String apiUrl, int version, boolean replaced, boolean changed,
		ImportReport report) {
}
