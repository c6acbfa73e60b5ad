package org.mokuhyo.organization;

/**
 * A department as the administrators' list shows it.
 *
 * @param sheets how many goal sheets (fiscal years) it has
 */
public record DepartmentRow(DepartmentRef department, int sheets) {
}
