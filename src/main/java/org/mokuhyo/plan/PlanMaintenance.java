package org.mokuhyo.plan;

import java.util.List;
import java.util.Map;

import org.mokuhyo.kernel.JapaneseText;
import org.mokuhyo.plan.PlanChangeRefusedException.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' upkeep of the 総合計画 tree and the 基本政策 list of their municipality (imports keep adding what
 * they meet through {@link PlanCatalog}): add, reword, and delete what no goal links to. Links count the goals of
 * each sheet's current version (asked of the sheet module through {@link PlanLinks}); earlier versions keep
 * the code and wording as written, so deleting a node never changes how an old version reads.
 */
@Service
public class PlanMaintenance {

	static final int MAX_TEXT = 500;

	static final int MAX_POLICY_NUMBER = 9999;

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	private final PlanLinks links;

	PlanMaintenance(JdbcClient jdbc, PlanCatalog catalog, PlanLinks links) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.links = links;
	}

	/** The municipality's nodes in the plan's order, each with its depth and the goals linked to it. */
	public List<PlanTreeRow> tree(long municipalityId) {
		Map<Long, Integer> linked = links.goalsPerNode(municipalityId);
		return catalog.nodes(municipalityId)
			.stream()
			.sorted((a, b) -> PlanCode.ORDER.compare(a.code(), b.code()))
			.map(node -> new PlanTreeRow(node, PlanCode.depth(node.code()), linked.getOrDefault(node.id(), 0)))
			.toList();
	}

	/**
	 * A new node; the code is read as {@link PlanCode#normalize} reads it (５－１－（３） is 5-1-(3)).
	 *
	 * @throws PlanChangeRefusedException INVALID for a missing code or text, CONFLICT when the code is taken
	 */
	@Transactional
	public PlanNode addNode(long municipalityId, String rawCode, String text) {
		if (rawCode == null || rawCode.isBlank()) {
			throw new PlanChangeRefusedException(Reason.INVALID, "code", "コードを入力してください（例: 5-1-(3)）。");
		}
		String code = PlanCode.normalize(rawCode)
			.orElseThrow(() -> new PlanChangeRefusedException(Reason.INVALID, "code", "「" + rawCode.strip()
					+ "」は総合計画のコードとして読めません。5、5-1、5-1-(3) のように入力してください。"));
		String wording = requireText(text, "text", "内容");
		String parent = PlanCatalog.parentCode(code);
		return jdbc.sql("""
				insert into plan_node (municipality_id, code, text, parent_code) values (?, ?, ?, ?)
				on conflict (municipality_id, code) do nothing returning id""")
			.params(municipalityId, code, wording, parent)
			.query(Long.class)
			.optional()
			.map(id -> new PlanNode(id, code, wording, parent))
			.orElseThrow(() -> new PlanChangeRefusedException(Reason.CONFLICT, "code",
					"コード「" + code + "」の項目はすでにあります。内容を変えるときは一覧のその項目で変更してください。"));
	}

	/** @throws PlanChangeRefusedException INVALID for an empty text, NOT_FOUND for another municipality's node */
	@Transactional
	public void changeNodeText(long municipalityId, long nodeId, String text) {
		String wording = requireText(text, "text", "内容");
		int updated = jdbc.sql("update plan_node set text = ? where id = ? and municipality_id = ?")
			.params(wording, nodeId, municipalityId)
			.update();
		if (updated == 0) {
			throw nodeNotFound();
		}
	}

	/**
	 * Deletes a node no goal links to and no node is under. The node's row is locked first, so a sheet saved meanwhile
	 * with a link to it either is counted here or waits and then fails on the missing row: never a dangling link.
	 *
	 * @throws PlanChangeRefusedException CONFLICT naming how many goals link to it (or nodes are under it),
	 *                                    NOT_FOUND for another municipality's node
	 * @return the deleted node
	 */
	@Transactional
	public PlanNode deleteNode(long municipalityId, long nodeId) {
		PlanNode node = jdbc.sql("""
				select id, code, text, parent_code from plan_node where id = ? and municipality_id = ? for update""")
			.params(nodeId, municipalityId)
			.query((rs, row) -> new PlanNode(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElseThrow(PlanMaintenance::nodeNotFound);
		int goals = links.goalsLinkedToNode(nodeId);
		if (goals > 0) {
			throw new PlanChangeRefusedException(Reason.CONFLICT, null, "「" + node.code() + "」には目標" + goals
					+ "件が結び付いているため削除できません。各シートの目標からこの項目を外してから削除してください。");
		}
		int children = jdbc.sql("select count(*) from plan_node where municipality_id = ? and parent_code = ?")
			.params(municipalityId, node.code())
			.query(Integer.class)
			.single();
		if (children > 0) {
			throw new PlanChangeRefusedException(Reason.CONFLICT, null, "「" + node.code() + "」の下に項目が" + children
					+ "件あるため削除できません。下の項目を先に削除してください。");
		}
		jdbc.sql("delete from plan_node where id = ?").param(nodeId).update();
		catalog.forgetNode(municipalityId, node.code());
		return node;
	}

	/** The municipality's basic policies by number, each with the goals linked to it. */
	public List<PolicyRow> policies(long municipalityId) {
		Map<Long, Integer> linked = links.goalsPerPolicy(municipalityId);
		return catalog.policies(municipalityId)
			.stream()
			.map(policy -> new PolicyRow(policy, linked.getOrDefault(policy.id(), 0)))
			.toList();
	}

	/**
	 * A new basic policy; the number may be typed in full-width digits.
	 *
	 * @throws PlanChangeRefusedException INVALID for a missing or wrong number or title, CONFLICT when the number is
	 *                                    taken
	 */
	@Transactional
	public BasicPolicy addPolicy(long municipalityId, String rawNumber, String title) {
		int number = policyNumber(rawNumber);
		String wording = requireText(title, "title", "政策名");
		return jdbc.sql("""
				insert into basic_policy (municipality_id, number, title) values (?, ?, ?)
				on conflict (municipality_id, number) do nothing returning id""")
			.params(municipalityId, number, wording)
			.query(Long.class)
			.optional()
			.map(id -> new BasicPolicy(id, number, wording))
			.orElseThrow(() -> new PlanChangeRefusedException(Reason.CONFLICT, "number",
					"番号" + number + "の基本政策はすでにあります。政策名を変えるときは一覧のその政策で変更してください。"));
	}

	/** @throws PlanChangeRefusedException INVALID for an empty title, NOT_FOUND for another municipality's policy */
	@Transactional
	public void changePolicyTitle(long municipalityId, long policyId, String title) {
		String wording = requireText(title, "title", "政策名");
		int updated = jdbc.sql("update basic_policy set title = ? where id = ? and municipality_id = ?")
			.params(wording, policyId, municipalityId)
			.update();
		if (updated == 0) {
			throw policyNotFound();
		}
	}

	/**
	 * Deletes a policy no goal links to (its row locked first, as for a node).
	 *
	 * @throws PlanChangeRefusedException CONFLICT naming how many goals link to it, NOT_FOUND for another
	 *                                    municipality's policy
	 * @return the deleted policy
	 */
	@Transactional
	public BasicPolicy deletePolicy(long municipalityId, long policyId) {
		BasicPolicy policy = jdbc.sql("""
				select id, number, title from basic_policy where id = ? and municipality_id = ? for update""")
			.params(policyId, municipalityId)
			.query((rs, row) -> new BasicPolicy(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.optional()
			.orElseThrow(PlanMaintenance::policyNotFound);
		int goals = links.goalsLinkedToPolicy(policyId);
		if (goals > 0) {
			throw new PlanChangeRefusedException(Reason.CONFLICT, null, "基本政策" + policy.number() + "には目標" + goals
					+ "件が結び付いているため削除できません。各シートの目標からこの政策を外してから削除してください。");
		}
		jdbc.sql("delete from basic_policy where id = ?").param(policyId).update();
		catalog.forgetPolicy(municipalityId, policy.number());
		return policy;
	}

	/** 45, ４５ → 45; 1 to {@value #MAX_POLICY_NUMBER}. */
	static int policyNumber(String raw) {
		String digits = raw == null ? "" : JapaneseText.normalize(raw);
		if (!digits.matches("\\d{1,4}") || Integer.parseInt(digits) < 1) {
			throw new PlanChangeRefusedException(Reason.INVALID, "number",
					"番号は1から" + MAX_POLICY_NUMBER + "までの数字で入力してください（例: 45）。");
		}
		return Integer.parseInt(digits);
	}

	private static String requireText(String text, String field, String what) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			throw new PlanChangeRefusedException(Reason.INVALID, field, what + "を入力してください。");
		}
		if (value.length() > MAX_TEXT) {
			throw new PlanChangeRefusedException(Reason.INVALID, field,
					what + "は" + MAX_TEXT + "文字以内で入力してください（" + value.length() + "文字）。");
		}
		return value;
	}

	private static PlanChangeRefusedException nodeNotFound() {
		return new PlanChangeRefusedException(Reason.NOT_FOUND, null, "総合計画の項目が見つかりません。一覧を開き直してください。");
	}

	private static PlanChangeRefusedException policyNotFound() {
		return new PlanChangeRefusedException(Reason.NOT_FOUND, null, "基本政策が見つかりません。一覧を開き直してください。");
	}
}
