/**
 * 通知: e-mails to the people whose turn it is, when a step of the cycle is taken (a submitted sheet to the mayor's
 * office, a hearing or a sending back to the department's editors, an approved sheet to the planning division …).
 * Reacts to {@code workflow.SheetStepTaken} after its transaction committed; sends nothing without a mail server.
 */
@ApplicationModule(allowedDependencies = { "account", "kernel", "sheet", "workflow" })
package org.mokuhyo.notification;

import org.springframework.modulith.ApplicationModule;
