package org.mokuhyo.plan;

/**
 * A 基本政策 as the administrators' list shows it.
 *
 * @param linkedGoals the annual and mid-term goals of the current versions of sheets that link to it
 */
public record PolicyRow(BasicPolicy policy, int linkedGoals) {
}
