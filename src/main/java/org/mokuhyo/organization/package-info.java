/**
 * Municipalities (市区町村, with their 全国地方公共団体コード) and their departments (部局). Public:
 * {@link org.mokuhyo.organization.Organizations} (find or create, as imports do),
 * {@link org.mokuhyo.organization.DepartmentMaintenance} (the administrators' list, add and rename),
 * {@link org.mokuhyo.organization.MunicipalityMaintenance} (register a municipality, complete its code), and their
 * records. {@link org.mokuhyo.organization.OrganizationUsage} is implemented by the modules that keep something under a
 * municipality or department (sheet, portal, account): this module is below them all and reads none of their tables.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package org.mokuhyo.organization;

import org.springframework.modulith.ApplicationModule;
