package org.mokuhyo.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mokuhyo.platform.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The 総合計画 nodes and 基本政策 of each municipality, found or created by code and number as sheets name them. A
 * node or policy first named without wording gets the wording of the first later import that has one.
 * <p>
 * Ids are cached per municipality for the life of the process: each import names a dozen of them, and most imports
 * name ones already known. Entries enter the cache only after their transaction committed.
 */
@Service
public class PlanCatalog {

	private final JdbcClient jdbc;

	private final Map<Long, Map<String, Known>> nodes = new ConcurrentHashMap<>();

	private final Map<Long, Map<Integer, Known>> policies = new ConcurrentHashMap<>();

	PlanCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the plan node of that code, created when new; {@code text} may be null. */
	public long nodeId(long municipalityId, String code, String text) {
		Map<String, String> one = new HashMap<>();
		one.put(code, text);
		return nodeIds(municipalityId, one).get(code);
	}

	/** The ids of the plan nodes of these codes (to their wording, null when none), created when new. */
	public Map<String, Long> nodeIds(long municipalityId, Map<String, String> textByCode) {
		textByCode.keySet().forEach(code -> requireCode(code));
		return resolve(textByCode, nodes.computeIfAbsent(municipalityId, m -> new ConcurrentHashMap<>()),
				new NodeTable(municipalityId));
	}

	/** The id of the basic policy of that number, created when new; {@code title} may be null. */
	public long policyId(long municipalityId, int number, String title) {
		Map<Integer, String> one = new HashMap<>();
		one.put(number, title);
		return policyIds(municipalityId, one).get(number);
	}

	/** The ids of the basic policies of these numbers (to their titles, null when none), created when new. */
	public Map<Integer, Long> policyIds(long municipalityId, Map<Integer, String> titleByNumber) {
		return resolve(titleByNumber, policies.computeIfAbsent(municipalityId, m -> new ConcurrentHashMap<>()),
				new PolicyTable(municipalityId));
	}

	/** The municipality's plan nodes in code order. */
	public List<PlanNode> nodes(long municipalityId) {
		return jdbc.sql("""
				select id, code, text, parent_code from plan_node where municipality_id = ?
				order by code""")
				.param(municipalityId)
				.query((rs, row) -> new PlanNode(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.list();
	}

	/** The municipality's basic policies in number order. */
	public List<BasicPolicy> policies(long municipalityId) {
		return jdbc.sql("select id, number, title from basic_policy where municipality_id = ? order by number")
				.param(municipalityId)
				.query((rs, row) -> new BasicPolicy(rs.getLong(1), rs.getInt(2), rs.getString(3)))
				.list();
	}

	/** After a node's deletion has committed: an import must not be handed its id any more. */
	void forgetNode(long municipalityId, String code) {
		AfterCommit.run(() -> nodes.computeIfPresent(municipalityId, (m, known) -> {
			known.remove(code);
			return known;
		}));
	}

	/** After a policy's deletion has committed: an import must not be handed its id any more. */
	void forgetPolicy(long municipalityId, int number) {
		AfterCommit.run(() -> policies.computeIfPresent(municipalityId, (m, known) -> {
			known.remove(number);
			return known;
		}));
	}

	/** {@code 5-1-(3)} → {@code 5-1}, {@code 5-1} → {@code 5}, {@code 5} → null. */
	static String parentCode(String code) {
		int dash = code.lastIndexOf('-');
		return dash > 0 ? code.substring(0, dash) : null;
	}

	/**
	 * Cache first; then one select for what the cache lacks, one insert for what the table lacks, one update for
	 * wording to fill in, and a last select for rows a concurrent import inserted in between.
	 */
	private <K extends Comparable<K>> Map<K, Long> resolve(Map<K, String> textByKey, Map<K, Known> cache,
			Table<K> table) {
		Map<K, Long> ids = new LinkedHashMap<>();
		Map<K, String> unknown = new HashMap<>();
		Map<K, Known> learned = new HashMap<>();
		List<Long> fillIds = new ArrayList<>();
		List<String> fillTexts = new ArrayList<>();
		textByKey.forEach((key, rawText) -> {
			Known known = cache.get(key);
			if (known == null) {
				unknown.put(key, blankToNull(rawText));
			}
			else {
				ids.put(key, known.id());
			}
		});
		if (!unknown.isEmpty()) {
			Map<K, Known> found = table.select(new ArrayList<>(unknown.keySet()));
			Map<K, String> missing = new HashMap<>(unknown);
			missing.keySet().removeAll(found.keySet());
			if (!missing.isEmpty()) {
				found.putAll(table.insert(missing));
				missing.keySet().removeAll(found.keySet());
				if (!missing.isEmpty()) {
					found.putAll(table.select(new ArrayList<>(missing.keySet())));
				}
			}
			found.forEach((key, known) -> {
				ids.put(key, known.id());
				learned.put(key, known);
			});
		}
		textByKey.forEach((key, rawText) -> {
			String text = blankToNull(rawText);
			Known known = learned.containsKey(key) ? learned.get(key) : cache.get(key);
			if (text != null && known != null && !known.hasText()) {
				fillIds.add(known.id());
				fillTexts.add(text);
				learned.put(key, new Known(known.id(), true));
			}
		});
		if (!fillIds.isEmpty()) {
			fill(table, fillIds, fillTexts);
		}
		if (!learned.isEmpty()) {
			AfterCommit.run(() -> cache.putAll(learned));
		}
		return ids;
	}

	/** In id order, so two imports filling in the same rows lock them in the same order and cannot deadlock. */
	private static void fill(Table<?> table, List<Long> ids, List<String> texts) {
		Integer[] order = new Integer[ids.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparing(ids::get));
		table.fill(Arrays.stream(order).map(ids::get).toList(),
				Arrays.stream(order).map(texts::get).toList());
	}

	private static void requireCode(String code) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("plan code is required");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static <K> Map<K, Known> known(List<Row<K>> rows) {
		Map<K, Known> map = new HashMap<>();
		rows.forEach(row -> map.put(row.key(), new Known(row.id(), row.hasText())));
		return map;
	}

	/** What the cache keeps of a row: its id and whether it has wording yet. */
	private record Known(long id, boolean hasText) {
	}

	private record Row<K>(K key, long id, boolean hasText) {
	}

	/** The three statements {@link #resolve} needs, for one table and one municipality. */
	private interface Table<K> {

		Map<K, Known> select(List<K> keys);

		Map<K, Known> insert(Map<K, String> textByKey);

		void fill(List<Long> ids, List<String> texts);
	}

	private final class NodeTable implements Table<String> {

		private final long municipalityId;

		NodeTable(long municipalityId) {
			this.municipalityId = municipalityId;
		}

		@Override
		public Map<String, Known> select(List<String> codes) {
			return known(jdbc.sql("""
					select code, id, text is not null from plan_node
					where municipality_id = ? and code = any(?)""")
					.params(municipalityId, codes.toArray(String[]::new))
					.query((rs, row) -> new Row<>(rs.getString(1), rs.getLong(2), rs.getBoolean(3)))
					.list());
		}

		// Sorted, so concurrent imports take the unique-index locks in the same order and cannot deadlock.
		@Override
		public Map<String, Known> insert(Map<String, String> textByCode) {
			List<String> codes = textByCode.keySet().stream().sorted().toList();
			return known(jdbc.sql("""
					insert into plan_node (municipality_id, code, text, parent_code)
					select ?, c, t, p from unnest(?::text[], ?::text[], ?::text[]) with ordinality as u(c, t, p, o)
					order by o
					on conflict (municipality_id, code) do nothing
					returning code, id, text is not null""")
					.params(municipalityId, codes.toArray(String[]::new),
							codes.stream().map(textByCode::get).toArray(String[]::new),
							codes.stream().map(PlanCatalog::parentCode).toArray(String[]::new))
					.query((rs, row) -> new Row<>(rs.getString(1), rs.getLong(2), rs.getBoolean(3)))
					.list());
		}

		@Override
		public void fill(List<Long> ids, List<String> texts) {
			jdbc.sql("""
					update plan_node set text = u.t from unnest(?::bigint[], ?::text[]) as u(i, t)
					where id = u.i and text is null""")
					.params(ids.toArray(Long[]::new), texts.toArray(String[]::new))
					.update();
		}
	}

	private final class PolicyTable implements Table<Integer> {

		private final long municipalityId;

		PolicyTable(long municipalityId) {
			this.municipalityId = municipalityId;
		}

		@Override
		public Map<Integer, Known> select(List<Integer> numbers) {
			return known(jdbc.sql("""
					select number, id, title is not null from basic_policy
					where municipality_id = ? and number = any(?)""")
					.params(municipalityId, numbers.toArray(Integer[]::new))
					.query((rs, row) -> new Row<>(rs.getInt(1), rs.getLong(2), rs.getBoolean(3)))
					.list());
		}

		@Override
		public Map<Integer, Known> insert(Map<Integer, String> titleByNumber) {
			List<Integer> numbers = titleByNumber.keySet().stream().sorted().toList();
			return known(jdbc.sql("""
					insert into basic_policy (municipality_id, number, title)
					select ?, n, t from unnest(?::integer[], ?::text[]) with ordinality as u(n, t, o)
					order by o
					on conflict (municipality_id, number) do nothing
					returning number, id, title is not null""")
					.params(municipalityId, numbers.toArray(Integer[]::new),
							numbers.stream().map(titleByNumber::get).toArray(String[]::new))
					.query((rs, row) -> new Row<>(rs.getInt(1), rs.getLong(2), rs.getBoolean(3)))
					.list());
		}

		@Override
		public void fill(List<Long> ids, List<String> titles) {
			jdbc.sql("""
					update basic_policy set title = u.t from unnest(?::bigint[], ?::text[]) as u(i, t)
					where id = u.i and title is null""")
					.params(ids.toArray(Long[]::new), titles.toArray(String[]::new))
					.update();
		}
	}
}
