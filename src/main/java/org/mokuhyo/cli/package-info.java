/**
 * The command-line verbs of the jar ({@code convert}, {@code import}, {@code export},
 * {@code create-admin}, {@code bench}, {@code bench-edits}, {@code remind-progress}), run without the web server.
 */
package org.mokuhyo.cli;
