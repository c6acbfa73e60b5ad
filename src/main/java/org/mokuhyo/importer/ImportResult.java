package org.mokuhyo.importer;

import org.mokuhyo.sheet.SheetData;

/**
 * A parsed sheet and the report of its reading.
 */
public record ImportResult(SheetData sheet, ImportReport report) {
}
