/**
 * The catalogues goal sheets link to: the 総合計画 (comprehensive plan) tree, addressed by codes like 5-1-(3) (read by
 * {@link org.mokuhyo.plan.PlanCode}), and the mayor's numbered 基本政策 (basic policies). Public:
 * {@link org.mokuhyo.plan.PlanCatalog} (find or create, as imports do), {@link org.mokuhyo.plan.PlanMaintenance}
 * (the administrators' add, reword and delete, with the goals linked to each: {@link org.mokuhyo.plan.PlanLinks},
 * answered by the sheet module, which keeps the links), {@link org.mokuhyo.plan.PlanCode} and their records.
 */
@ApplicationModule(allowedDependencies = { "kernel", "platform" })
package org.mokuhyo.plan;

import org.springframework.modulith.ApplicationModule;
