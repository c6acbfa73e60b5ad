/**
 * Municipalities (市区町村, with their 全国地方公共団体コード) and their departments (部局). Public:
 * {@link org.mokuhyo.organization.Organizations} and {@link org.mokuhyo.organization.MunicipalityRef}.
 */
package org.mokuhyo.organization;
