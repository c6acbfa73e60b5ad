package org.mokuhyo.api;

import java.util.List;

import org.mokuhyo.sheet.SheetSummary;

/**
 * A list of sheets.
 */
record SheetListResponse(List<SheetSummary> items, int total) {
}
