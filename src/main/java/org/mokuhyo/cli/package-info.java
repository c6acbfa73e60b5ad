/**
 * The command-line verbs of the jar ({@code convert}, {@code import}, {@code export}), run without the web server.
 */
package org.mokuhyo.cli;
