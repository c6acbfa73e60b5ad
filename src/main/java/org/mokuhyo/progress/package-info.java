/**
 * 進行管理: progress of a sheet's actions through its fiscal year, quarter by quarter: a status, a comment and the
 * actual value of each target per action ({@link org.mokuhyo.progress.Progresses}); the roll-up from actions to goals
 * and to the sheet ({@link org.mokuhyo.progress.RollUp}); which updates are due ({@link org.mokuhyo.progress.Quarter},
 * {@link org.mokuhyo.progress.DueUpdate}); and the e-mail reminders to the departments' editors
 * ({@link org.mokuhyo.progress.ProgressReminders}). Pages are the web module's.
 */
@ApplicationModule(allowedDependencies = { "account", "kernel", "organization", "sheet", "workflow" })
package org.mokuhyo.progress;

import org.springframework.modulith.ApplicationModule;
