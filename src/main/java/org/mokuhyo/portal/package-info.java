/**
 * 分野から探す: the published read model the public browses across sheets (by fiscal year and department, by
 * 総合計画 node, by 基本政策, 重点 goals, 新規 / 拡充 actions) and the dashboards count. The structured sheet tables hold
 * each sheet's current version, which may be a draft newer than its publication; this module keeps its own tables
 * ({@code public_sheet}, {@code public_goal} …) filled from the snapshot of the version the public reads, rewritten
 * inside the transaction of every step that changes that version ({@link org.mokuhyo.portal.PublishedIndex}), and
 * answers the lists from them ({@link org.mokuhyo.portal.PortalQueries}). Pages are the web module's.
 */
@ApplicationModule(allowedDependencies = { "organization", "plan", "sheet", "workflow" })
package org.mokuhyo.portal;

import org.springframework.modulith.ApplicationModule;
