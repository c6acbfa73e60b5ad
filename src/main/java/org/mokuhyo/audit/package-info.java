/**
 * The audit log (監査ログ): sign-ins, account changes, the cycle's steps and exports, each with who, when and what,
 * recorded by reacting to the other modules' events; read by administrators, filtered, and exported as CSV.
 */
@ApplicationModule(allowedDependencies = { "account", "kernel", "organization", "sheet", "workflow" })
package org.mokuhyo.audit;

import org.springframework.modulith.ApplicationModule;
