package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.FiscalSpan;
import org.mokuhyo.sheet.FiscalSpanParser;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;

/**
 * Builds one 中期目標: title, description (課題・めざす成果) items, schedule steps (スケジュール(工程)) with their
 * fiscal-year spans, links.
 */
final class MidTermGoalAssembler extends GoalAssembler {

	private String title;

	private final List<DescriptionDraft> description = new ArrayList<>();

	private final List<MidTermStep> steps = new ArrayList<>();

	private Segment group;

	private boolean groupHasSteps;

	MidTermGoalAssembler(int number, int line, Warnings warnings) {
		super(number, line, warnings);
	}

	void description(List<Segment> segments) {
		for (Segment s : segments) {
			if (title == null && description.isEmpty() && s.kind() == Segment.Kind.PLAIN && !s.listItem()) {
				title = s.text();
			}
			else if (s.kind() == Segment.Kind.PLAIN && s.listItem() && !description.isEmpty()) {
				description.get(description.size() - 1).subItems.add(s.text());
			}
			else {
				description.add(new DescriptionDraft(s.label(), s.text()));
			}
		}
	}

	void steps(List<Segment> segments) {
		for (Segment s : segments) {
			List<FiscalSpan> spans = FiscalSpanParser.findAll(s.text());
			if (s.kind() == Segment.Kind.ITEM && spans.isEmpty()) {
				closeGroup();
				group = s;
				groupHasSteps = false;
			}
			else if (s.kind() == Segment.Kind.ITEM) {
				closeGroup();
				group = null;
				steps.add(step(s, spans, null));
			}
			else {
				steps.add(step(s, spans, group));
				groupHasSteps = true;
				if (spans.isEmpty()) {
					warnings.add(s.line(), s.column(), "STEP_WITHOUT_SPAN", "中期目標" + number + "：年度の記載がない工程です",
							s.text());
				}
			}
		}
	}

	/** A heading with no steps under it is kept as a step of its own, so nothing is lost. */
	private void closeGroup() {
		if (group != null && !groupHasSteps) {
			steps.add(new MidTermStep(group.label(), group.text(), null, null, null, null, null));
		}
		group = null;
	}

	private static MidTermStep step(Segment s, List<FiscalSpan> spans, Segment group) {
		String groupLabel = group == null ? null : group.label();
		String groupTitle = group == null ? null : group.text();
		if (spans.isEmpty()) {
			return new MidTermStep(s.label(), s.text(), groupLabel, groupTitle, null, null, null);
		}
		String text = s.text();
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
		return new MidTermStep(s.label(), stepText, groupLabel, groupTitle, spanText, from, to);
	}

	MidTermGoal build() {
		closeGroup();
		if (title == null) {
			warnings.add(line, null, "GOAL_WITHOUT_TITLE", "中期目標" + number + "の名称が読み取れません", null);
		}
		List<DescriptionItem> items = description.stream()
			.map(d -> new DescriptionItem(d.label, d.text, d.subItems))
			.toList();
		String text = items.isEmpty() ? null : String.join("\n", items.stream().map(MidTermGoalAssembler::asText).toList());
		return new MidTermGoal(null, number, title, text, items, steps, links().planLinks(), links().policyLinks());
	}

	private static String asText(DescriptionItem item) {
		StringBuilder sb = new StringBuilder();
		if (item.label() != null) {
			sb.append(item.label()).append(' ');
		}
		sb.append(item.text());
		item.subItems().forEach(s -> sb.append("\n・").append(s));
		return sb.toString();
	}

	private static final class DescriptionDraft {

		final String label;

		final String text;

		final List<String> subItems = new ArrayList<>();

		DescriptionDraft(String label, String text) {
			this.label = label;
			this.text = text;
		}
	}
}
