/**
 * Shared tiny value helpers every module may use: Japanese text width and spacing, eras (和暦) and fiscal years.
 * Pure, static and free of Spring.
 */
@ApplicationModule(allowedDependencies = {})
package org.mokuhyo.kernel;

import org.springframework.modulith.ApplicationModule;
