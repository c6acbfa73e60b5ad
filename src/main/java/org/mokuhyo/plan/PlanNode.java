package org.mokuhyo.plan;

/**
 * A node of the 総合計画 (comprehensive plan).
 *
 * @param text       its wording, null while no sheet has named it
 * @param parentCode the code without its last part (5-1 for 5-1-(3)), null at the top
 */
public record PlanNode(long id, String code, String text, String parentCode) {
}
