package org.mokuhyo.audit;

import java.time.LocalDate;

/**
 * Filters of the audit log; null matches everything. Days are Tokyo days, both ends included.
 *
 * @param actor part of the actor's name
 */
public record AuditQuery(String actor, Long departmentId, AuditEvent.Kind kind, LocalDate from, LocalDate to) {
}
