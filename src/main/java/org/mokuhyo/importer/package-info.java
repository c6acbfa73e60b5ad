/**
 * Reads published goal sheets into {@link org.mokuhyo.sheet.SheetData}: one reader per format into one
 * intermediate form ({@code read}), then one structuring step ({@code structure}) that keeps every problem as a
 * positioned warning. Public: {@link org.mokuhyo.importer.SheetImporter} and its result types.
 */
@ApplicationModule(allowedDependencies = { "kernel", "plan", "sheet", "workflow" })
package org.mokuhyo.importer;

import org.springframework.modulith.ApplicationModule;
