package org.mokuhyo.organization;

/**
 * A stored municipality (市区町村).
 *
 * @param code 全国地方公共団体コード, null when not known
 */
public record MunicipalityRef(long id, String name, String code) {
}
