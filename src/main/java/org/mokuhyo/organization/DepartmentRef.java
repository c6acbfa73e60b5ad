package org.mokuhyo.organization;

/**
 * A stored department (部局) of a municipality.
 */
public record DepartmentRef(long id, long municipalityId, String name) {
}
