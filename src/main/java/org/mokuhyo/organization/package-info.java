/**
 * Municipalities (市区町村, with their 全国地方公共団体コード) and their departments (部局). Public:
 * {@link org.mokuhyo.organization.Organizations} (find or create, as imports do),
 * {@link org.mokuhyo.organization.DepartmentMaintenance} (the administrators' list, add and rename),
 * {@link org.mokuhyo.organization.MunicipalityMaintenance} (register a municipality, complete its code), and their
 * records.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package org.mokuhyo.organization;

import org.springframework.modulith.ApplicationModule;
