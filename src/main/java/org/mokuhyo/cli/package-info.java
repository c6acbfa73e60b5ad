/**
 * The command-line verbs of the jar ({@code convert}, {@code import}, {@code export},
 * {@code create-admin}, {@code bench}), run without the web server.
 */
package org.mokuhyo.cli;
