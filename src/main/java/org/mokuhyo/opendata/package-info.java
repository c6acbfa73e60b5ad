/**
 * オープンデータ: the published sheets of a fiscal year (or of every year) as files anyone may reuse under CC BY 4.0:
 * one JSON of the sheets in the sheet format with their publication ({@code sheets.json}), CSV files one per level
 * (sheets, goals, actions, targets, mid-term goals, 総合計画 and 基本政策 links) with a CSVW description of their
 * columns, a zip of the CSVs, and the code lists (総合計画 tree, 基本政策 list). Everything is written while read:
 * one published snapshot at a time from a database cursor ({@link org.mokuhyo.portal.PublishedSnapshots}), so memory
 * does not grow with the data. Pages and the command line are the web and cli modules'.
 */
@ApplicationModule(allowedDependencies = { "kernel", "plan", "portal", "sheet", "workflow" })
package org.mokuhyo.opendata;

import org.springframework.modulith.ApplicationModule;
