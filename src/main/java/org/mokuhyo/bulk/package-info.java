/**
 * 一括取込み (bulk import): a city's whole archive of sheets (a .zip, or a folder from the command line) imported in
 * one go, in the background, each file in its own transaction, with a live progress and a per-file report. An
 * interrupted run resumes without importing anything twice: the files wait in the database, and a file's outcome
 * is written in the transaction that stores its sheet. An archive is checked whole (its zip directory, its files
 * measured against a budget) before anything is stored; a run whose runner crashed is found by its silent heartbeat
 * and shown as 中断. Reads through the importer, so every format the importer reads is recognised by content. Pages are the web module's, the verb the cli module's.
 */
@ApplicationModule(allowedDependencies = { "account", "importer", "sheet" })
package org.mokuhyo.bulk;

import org.springframework.modulith.ApplicationModule;
