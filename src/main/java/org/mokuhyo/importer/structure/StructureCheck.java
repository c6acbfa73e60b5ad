package org.mokuhyo.importer.structure;

import java.util.List;
import java.util.regex.Pattern;

import org.mokuhyo.kernel.JapaneseText;

/**
 * The structural self-check after every import: what a careful reader would notice about the structure read, each
 * a positioned warning. Numbering out of sequence ((1)(2)(4), ①③), link codes or labels left inside item or
 * action text, the year-end placeholder inside content, a title longer than a title can be, a goal with items but no
 * actions. The import still stores what it read (nothing is lost); the warnings list says where to look.
 */
final class StructureCheck {

	/** A goal's title is a phrase; beyond this it has swallowed its first item (a label not recognised). */
	static final int MAX_TITLE = 50;

	/** A 総合計画 code (5-1- (3)) standing in text: a link that was not read as one. */
	private static final Pattern PLAN_CODE = Pattern.compile("(?<![0-9])[0-9]{1,2}\\s*-\\s*[0-9]{1,2}\\s*-\\s*\\(\\s*[0-9]{1,2}\\s*\\)");

	private static final Pattern PLACEHOLDER = Pattern.compile("[【\\[(]\\s*(今年度末|年度末|年度終了後)に?\\s*記載");

	private final Warnings warnings;

	StructureCheck(Warnings warnings) {
		this.warnings = warnings;
	}

	/**
	 * Labels of one list ((1)(2)… or ①②…) must run 1, 2, 3 …; the first one out of step is reported. Unlabelled
	 * entries are left out.
	 *
	 * @param what   the list, worded for the message (「目標2の取組み事項」)
	 * @param labels the labels in order, null for unlabelled entries
	 */
	void sequence(String what, List<Positioned> labels) {
		int expected = 1;
		for (Positioned p : labels) {
			if (p.text() == null) {
				continue;
			}
			int n = number(p.text());
			if (n < 0) {
				continue;
			}
			if (n != expected) {
				warnings.add(p.line(), p.column(), "NUMBERING", what + "の番号が順に並んでいません（" + expected + "番目に "
						+ p.text() + "）", p.text());
				return;
			}
			expected++;
		}
	}

	/** Content text (a title, an item, an action, a sub-point) that still holds a link or the placeholder. */
	void content(String what, Positioned text) {
		if (text.text() == null || text.text().isEmpty()) {
			return;
		}
		String normal = JapaneseText.normalize(text.text());
		if (LinkMarkers.firstMarker(text.text()) >= 0 || PLAN_CODE.matcher(normal).find()) {
			warnings.add(text.line(), text.column(), "LINK_IN_TEXT",
					what + "に総合計画・基本政策のリンクらしい記載が残っています", text.text());
		}
		if (PLACEHOLDER.matcher(normal).find()) {
			warnings.add(text.line(), text.column(), "PLACEHOLDER_IN_CONTENT",
					what + "に「今年度末に記載」が残っています", text.text());
		}
	}

	void title(String what, Positioned title) {
		if (title.text() != null && title.text().length() > MAX_TITLE) {
			warnings.add(title.line(), title.column(), "TITLE_TOO_LONG",
					what + "の名称が長すぎます（" + title.text().length() + "文字）。取組み事項が名称に含まれていないか確認してください",
					title.text());
		}
	}

	/** (1) → 1, 1) → 1, ① → 1; -1 for anything else. */
	private static int number(String label) {
		if (label.length() == 1 && JapaneseText.isCircledNumber(label.charAt(0))) {
			return JapaneseText.circledNumber(label.charAt(0));
		}
		String digits = JapaneseText.normalize(label).replaceAll("[^0-9]", "");
		return digits.isEmpty() || digits.length() > 3 ? -1 : Integer.parseInt(digits);
	}

	/** A piece of read text with where it stands in the source. */
	record Positioned(String text, int line, Integer column) {
	}
}
