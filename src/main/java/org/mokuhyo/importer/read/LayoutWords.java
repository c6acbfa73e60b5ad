package org.mokuhyo.importer.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of the printed form that tell lines apart before any column is known: column titles, section headings,
 * page numbers, goal numbers, the 総合計画 / 基本政策 markers. Shared by the readers of laid-out and of copied text.
 */
final class LayoutWords {

	/** Words of table column titles (as the structuring step knows them). */
	private static final List<String> COLUMN_WORDS = List.of("当年度目標", "実績", "取組み事項", "取組みを行った", "課題・今後の方向性",
			"スケジュール", "工程", "めざす成果", "方針", "取り組みの総括");

	static final Pattern NUMBER_TITLE = Pattern.compile("^(?i:no\\.?|№|番号)$");

	/** 1. 部局の使命, 3．当年度目標…: a section heading. */
	static final Pattern SECTION = Pattern.compile("^[0-9０-９]{1,2}\\s*[.．、]\\s*\\S.*");

	/** 1/9, - 2 -, 3 / 9: a page number in a page's foot. */
	static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:[0-9]{1,3}\\s*/\\s*[0-9]{1,3}|[-－‐]\\s*[0-9]{1,3}\\s*[-－‐])\\s*$");

	/** A goal's number in the No column: 1, １, 1. */
	static final Pattern GOAL_NUMBER = Pattern.compile("^[0-9０-９]{1,2}[.．]?$");

	/** 総合計画 or 基本政策 opening a line, alone or before the first link. */
	static final Pattern LINK_MARKER = Pattern.compile("^[【\\[［]?\\s*(総合計画|基本政策)\\s*[】\\]］]?\\s*[:：]?(?=$|\\s|[0-9０-９])");

	/** Where a review is still to be written, in place of the 実績 and 課題. */
	static final String PENDING = "【今年度末に記載】";

	private LayoutWords() {
	}

	/** A column title: No, or a short text with a title word that is neither a heading nor labelled content. */
	static boolean isColumnTitle(String text) {
		String t = text.strip();
		if (NUMBER_TITLE.matcher(t).matches()) {
			return true;
		}
		// a title is a phrase: a line with 、 or 。 that names 実績 (利用実績を見ながら、…) is a sentence of a cell
		return t.length() <= 40 && t.indexOf('、') < 0 && t.indexOf('。') < 0 && COLUMN_WORDS.stream().anyMatch(t::contains)
				&& !SECTION.matcher(t).matches()
				&& !CellLines.LABEL.matcher(t).lookingAt() && !Character.isDigit(t.charAt(0));
	}

	static boolean isSection(String text) {
		return SECTION.matcher(text.strip()).matches() && text.strip().length() <= 80;
	}

	static boolean isPageNumber(String text) {
		return PAGE_NUMBER.matcher(text).matches();
	}
}
