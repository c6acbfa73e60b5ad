/**
 * The sheet as the reader meets it: the list of sheets with the upload form ({@code /}), the sheet page in the
 * official layout ({@code /sheets/{id}}), its exports (.xlsx, .pdf, text), and the one rule of which version a
 * reader may see ({@code ReadableSheets}: the published one for the public, the current one for staff), with the
 * page for a version that cannot be read.
 */
package org.mokuhyo.web.sheet;
