package org.mokuhyo.sheet.internal;

import java.util.Map;

import org.mokuhyo.plan.PlanLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The goals of the sheets' current versions linked to each 総合計画 node and 基本政策 (the rows a save writes to
 * {@code goal_plan_link} / {@code goal_policy_link}), for plan's upkeep.
 */
@Component
class PlanLinkCounts implements PlanLinks {

	private final JdbcClient jdbc;

	PlanLinkCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Integer> goalsPerNode(long municipalityId) {
		return SheetCounts.counts(jdbc.sql("""
				select l.plan_node_id, count(distinct l.goal_id) from goal_plan_link l
				join goal_sheet s on s.id = l.sheet_id
				where s.municipality_id = ? and l.plan_node_id is not null group by l.plan_node_id""")
			.param(municipalityId));
	}

	@Override
	public int goalsLinkedToNode(long nodeId) {
		return jdbc.sql("select count(distinct goal_id) from goal_plan_link where plan_node_id = ?")
			.param(nodeId)
			.query(Integer.class)
			.single();
	}

	@Override
	public Map<Long, Integer> goalsPerPolicy(long municipalityId) {
		return SheetCounts.counts(jdbc.sql("""
				select l.basic_policy_id, count(distinct l.goal_id) from goal_policy_link l
				join goal_sheet s on s.id = l.sheet_id where s.municipality_id = ? group by l.basic_policy_id""")
			.param(municipalityId));
	}

	@Override
	public int goalsLinkedToPolicy(long policyId) {
		return jdbc.sql("select count(distinct goal_id) from goal_policy_link where basic_policy_id = ?")
			.param(policyId)
			.query(Integer.class)
			.single();
	}
}
