package org.mokuhyo.sheet;

/**
 * A link to a 総合計画 (comprehensive plan) node, code normalised like 5-1-(3).
 */
public record PlanLink(String code, String text) {
}
