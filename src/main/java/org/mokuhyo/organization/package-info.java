/**
 * Municipalities (市区町村, with their 全国地方公共団体コード) and their departments (部局). Public:
 * {@link org.mokuhyo.organization.Organizations}, {@link org.mokuhyo.organization.MunicipalityRef} and
 * {@link org.mokuhyo.organization.DepartmentRef}.
 */
package org.mokuhyo.organization;
