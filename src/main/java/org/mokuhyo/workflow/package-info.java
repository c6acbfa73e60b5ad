/**
 * The yearly cycle of a goal sheet (部局マネジメントの PDCA): draft, submission, the mayor's hearing (ヒアリング),
 * revision, approval, publication, and the fixed published version the public reads. The rules of which step may
 * follow which live in {@link org.mokuhyo.workflow.SheetWorkflow}; each step taken is recorded and announced as an
 * event for history, search and notifications.
 */
@ApplicationModule(allowedDependencies = { "account", "kernel", "organization", "platform", "sheet" })
package org.mokuhyo.workflow;

import org.springframework.modulith.ApplicationModule;
