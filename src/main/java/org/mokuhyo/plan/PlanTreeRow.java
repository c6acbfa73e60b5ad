package org.mokuhyo.plan;

/**
 * A node of the 総合計画 as the administrators' tree shows it.
 *
 * @param depth       0 for a top node (5), 1 for 5-1, 2 for 5-1-(3): the number of parts less one, whether or not
 *                    the upper nodes are stored
 * @param linkedGoals the annual and mid-term goals of the current versions of sheets that link to it
 */
public record PlanTreeRow(PlanNode node, int depth, int linkedGoals) {
}
