/**
 * The goal sheet (部局長の目標): its structured model, the open-data JSON format and its storage.
 * The records in this package are the sheet JSON: field names are the published contract; add, never rename.
 */
@ApplicationModule(allowedDependencies = { "kernel", "organization", "plan", "platform" })
package org.mokuhyo.sheet;

import org.springframework.modulith.ApplicationModule;
