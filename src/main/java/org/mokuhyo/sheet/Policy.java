package org.mokuhyo.sheet;

import java.util.List;

/**
 * 使命を遂行するための取り組み方針 (policy) and, at year end, 取り組みの総括 (summary).
 *
 * @param statement the lead paragraph of the 方針
 * @param items     the ○ paragraphs of the 方針, without the ○
 * @param summary   取り組みの総括; null while the source still reads 【今年度末に記載】
 */
public record Policy(String statement, List<String> items, String summary) {

	public Policy {
		items = List.copyOf(items);
	}
}
