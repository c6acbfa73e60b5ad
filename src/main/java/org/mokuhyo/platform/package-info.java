/**
 * Technical ground shared by the application: the embedded PostgreSQL of the default run and the injected clock.
 */
package org.mokuhyo.platform;
