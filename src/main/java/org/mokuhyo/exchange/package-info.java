/**
 * Exchange formats written from a stored sheet for people and other programs: the official layout as an Excel
 * workbook ({@link org.mokuhyo.exchange.XlsxSheetWriter}). Each is written so that the importer reads it back into
 * the same sheet (its readers live in the importer module, which reads other people's files too); pure, no Spring.
 */
@ApplicationModule(allowedDependencies = { "kernel", "sheet" })
package org.mokuhyo.exchange;

import org.springframework.modulith.ApplicationModule;
