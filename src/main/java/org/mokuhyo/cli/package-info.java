/**
 * The command-line verbs of the jar, run without the web server: one class a verb behind {@link org.mokuhyo.cli.Verb},
 * {@link org.mokuhyo.cli.Verbs} the registry (usage text, exit statuses), {@link org.mokuhyo.cli.CommandLine} the
 * entry point. The benchmarks share this package but live in {@code src/bench}, outside the product jar.
 */
@ApplicationModule(allowedDependencies = {
		"account", "audit", "bulk", "exchange", "importer", "opendata", "organization", "pdf", "portal", "progress",
		"search", "sheet", "workbook" })
package org.mokuhyo.cli;

import org.springframework.modulith.ApplicationModule;
