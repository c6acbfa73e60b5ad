/**
 * 印刷用 PDF: a sheet as a print-quality PDF in the official layout (A4 landscape, ruled tables, a Japanese font found
 * on the machine and embedded as a subset). Public: {@link org.mokuhyo.pdf.PdfSheetWriter} (pure),
 * {@link org.mokuhyo.pdf.PdfExport} (the Spring bean that reads {@code mokuhyo.pdf.font}) and
 * {@link org.mokuhyo.pdf.PdfFontMissingException}. Reading PDFs back is the importer's ({@code importer.read}).
 */
@ApplicationModule(allowedDependencies = { "importer", "kernel", "sheet" })
package org.mokuhyo.pdf;

import org.springframework.modulith.ApplicationModule;
