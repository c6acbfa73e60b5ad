/**
 * The history of a sheet (nothing lost): its versions, side-by-side comparison of any two with the changed
 * characters marked, and restoring an earlier version as a new one.
 */
@ApplicationModule(allowedDependencies = { "kernel", "sheet" })
package org.mokuhyo.history;

import org.springframework.modulith.ApplicationModule;
