package org.mokuhyo.portal;

import java.util.List;

/**
 * Who serves what in one fiscal year: rows are 総合計画 nodes (or 基本政策), columns the departments with a published
 * sheet that year, each cell the number of published goals (当年度目標 and 中期目標) of that department linked to the
 * row, each goal counted once (a node counts the goals linked to it or to a node under it).
 *
 * @param departments the columns, by name in code-point order
 */
public record CoverageMatrix(List<String> departments, List<Row> rows) {

	public CoverageMatrix {
		departments = List.copyOf(departments);
		rows = List.copyOf(rows);
	}

	/**
	 * @param key    the node's canonical code (5-1-(3)) or the policy's number
	 * @param text   its wording (the municipality's list, else a published link's); null when none is known
	 * @param depth  1 for a 施策 (5-1), 2 for a direction (5-1-(3)); 0 for a 基本政策
	 * @param counts one per department, in the order of {@link CoverageMatrix#departments()}
	 */
	public record Row(String key, String text, int depth, List<Integer> counts) {

		public Row {
			counts = List.copyOf(counts);
		}

		/** The goals linked to the row across departments (a goal is one department's). */
		public int total() {
			return counts.stream().mapToInt(Integer::intValue).sum();
		}
	}
}
