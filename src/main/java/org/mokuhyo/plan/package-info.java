/**
 * The catalogues goal sheets link to: the 総合計画 (comprehensive plan) tree, addressed by codes like 5-1-(3) (read by
 * {@link org.mokuhyo.plan.PlanCode}), and the mayor's numbered 基本政策 (basic policies). Public:
 * {@link org.mokuhyo.plan.PlanCatalog}, {@link org.mokuhyo.plan.PlanCode} and their read records.
 */
package org.mokuhyo.plan;
