package org.mokuhyo.importer.structure;

import java.util.List;
import java.util.Objects;

import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.FiscalSpan;
import org.mokuhyo.sheet.MidTermStep;

/**
 * How the importer reads the words of a 中期目標: the label of a line of its description or schedule ((1), ①, a
 * bullet or none) and a step's fiscal-year span. Public (within the module) for
 * {@link org.mokuhyo.importer.MidTermNotation}, so an edited mid-term goal reads as an import of the same words.
 */
public final class MidTermWording {

	/** What a line starts with: (1) and the like, ①…⑳, or nothing (a bullet is {@code PLAIN} and a list entry). */
	public enum Kind {
		ITEM, CIRCLED, PLAIN
	}

	/**
	 * One line read as the importer reads a paragraph of a cell.
	 *
	 * @param label  "(1)" or "①", null when none
	 * @param bullet true when the line was a list entry (・, -, ● …)
	 */
	public record Line(Kind kind, String label, String text, boolean bullet) {
	}

	private MidTermWording() {
	}

	public static Line line(String text) {
		Segment s = Segments.segment(text.strip(), 0, 0, false);
		return new Line(Kind.valueOf(s.kind().name()), s.label(), s.text(), s.listItem());
	}

	/**
	 * A step from its wording and the spans found in it: the words before the first span (or, when the wording starts
	 * with one, after the last) are the step; the rest is its span as written. The years run from the earliest start
	 * to the latest end, open-ended when any span is.
	 */
	public static MidTermStep step(String label, String text, List<FiscalSpan> spans, String groupLabel,
			String groupTitle) {
		if (spans.isEmpty()) {
			return new MidTermStep(label, text, groupLabel, groupTitle, null, null, null);
		}
		FiscalSpan first = spans.get(0);
		FiscalSpan last = spans.get(spans.size() - 1);
		String before = text.substring(0, first.start()).strip();
		String stepText = before.isEmpty() ? text.substring(last.end()).strip() : before;
		String spanText = before.isEmpty() ? text.substring(first.start(), last.end()).strip()
				: text.substring(first.start()).strip();
		Integer from = spans.stream().map(FiscalSpan::fromYear).filter(Objects::nonNull).min(Integer::compare)
			.orElse(null);
		boolean open = spans.stream().anyMatch(sp -> sp.toYear() == null);
		Integer to = open ? null
				: spans.stream().map(FiscalSpan::toYear).filter(Objects::nonNull).max(Integer::compare).orElse(null);
		return new MidTermStep(label, stepText, groupLabel, groupTitle, spanText, from, to);
	}

	/** The description as one text (the sheet's {@code description}): each item on its line, its bullets under it. */
	public static String descriptionText(List<DescriptionItem> items) {
		if (items.isEmpty()) {
			return null;
		}
		StringBuilder sb = new StringBuilder();
		for (DescriptionItem item : items) {
			if (!sb.isEmpty()) {
				sb.append('\n');
			}
			if (item.label() != null) {
				sb.append(item.label()).append(' ');
			}
			sb.append(item.text());
			item.subItems().forEach(s -> sb.append("\n・").append(s));
		}
		return sb.toString();
	}
}
