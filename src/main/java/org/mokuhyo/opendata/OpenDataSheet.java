package org.mokuhyo.opendata;

import org.mokuhyo.portal.PublishedSnapshot;
import org.mokuhyo.sheet.SheetData;

/** A published sheet being exported: its publication and its content (one at a time, never a list of them). */
record OpenDataSheet(PublishedSnapshot publication, SheetData sheet) {
}
