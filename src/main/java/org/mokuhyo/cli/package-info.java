/**
 * The command-line verbs of the jar ({@code convert}, {@code import}, {@code export},
 * {@code create-admin}, {@code bench}, {@code bench-edits}, {@code remind-progress}), run without the web server.
 */
@ApplicationModule(allowedDependencies = {
		"account", "audit", "bulk", "exchange", "importer", "opendata", "organization", "pdf", "portal", "progress",
		"search", "sheet", "workbook" })
package org.mokuhyo.cli;

import org.springframework.modulith.ApplicationModule;
