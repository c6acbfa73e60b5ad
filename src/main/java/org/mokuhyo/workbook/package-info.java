/**
 * 年度の一覧表: every action of a fiscal year, all departments, as one flat Excel workbook for analysis (one row an
 * action with its sheet, goal, item, schedule, links, targets and the four quarters' progress), and the import of
 * one quarter's progress (進捗状況, 実績, コメント) edited in that workbook, keyed by the stable ids in it and saved
 * through {@link org.mokuhyo.progress.Progresses}. Pages and the command line are the web and cli modules'.
 */
@ApplicationModule(allowedDependencies = { "account", "opendata", "progress", "sheet" })
package org.mokuhyo.workbook;

import org.springframework.modulith.ApplicationModule;
