/**
 * Technical ground shared by the application: the embedded PostgreSQL of the default run and the injected clock.
 */
@ApplicationModule(allowedDependencies = {})
package org.mokuhyo.platform;

import org.springframework.modulith.ApplicationModule;
