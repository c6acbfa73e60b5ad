package org.mokuhyo.plan;

import java.util.Map;

/**
 * How many goals of the sheets' current versions link to each node and policy: answered by the sheet module, which
 * keeps the links and depends on this one (so this one cannot ask it directly). Asked inside the caller's
 * transaction, after the node's or policy's row is locked.
 */
public interface PlanLinks {

	/** By node id, of that municipality's nodes; nodes without goals left out. */
	Map<Long, Integer> goalsPerNode(long municipalityId);

	int goalsLinkedToNode(long nodeId);

	/** By policy id, of that municipality's policies; policies without goals left out. */
	Map<Long, Integer> goalsPerPolicy(long municipalityId);

	int goalsLinkedToPolicy(long policyId);
}
