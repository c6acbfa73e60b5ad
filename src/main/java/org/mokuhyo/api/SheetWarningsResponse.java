package org.mokuhyo.api;

import java.util.List;
import java.util.UUID;

import org.mokuhyo.sheet.SheetWarning;

/**
 * The import warnings of a sheet's current version (the reading's notes and the structural self-check), each with
 * its source line and column, as the sheet page lists them for staff.
 */
record SheetWarningsResponse(UUID sheetId, int version, List<SheetWarning> warnings) {
}
