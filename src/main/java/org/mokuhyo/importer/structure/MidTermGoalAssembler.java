package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.List;

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

	private Segment titleSource;

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
				titleSource = s;
			}
			else if (s.kind() == Segment.Kind.PLAIN && s.listItem() && !description.isEmpty()) {
				description.get(description.size() - 1).subItems.add(s.text());
				check().content("中期目標" + number + "の課題・めざす成果", at(s));
			}
			else {
				description.add(new DescriptionDraft(s.label(), s.text(), s));
				check().content("中期目標" + number + "の課題・めざす成果", at(s));
			}
		}
	}

	void steps(List<Segment> segments) {
		for (Segment s : segments) {
			check().content("中期目標" + number + "のスケジュール", at(s));
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

	private StructureCheck check() {
		return new StructureCheck(warnings);
	}

	private static StructureCheck.Positioned at(Segment s) {
		return new StructureCheck.Positioned(s.text(), s.line(), s.column());
	}

	private static MidTermStep step(Segment s, List<FiscalSpan> spans, Segment group) {
		return MidTermWording.step(s.label(), s.text(), spans, group == null ? null : group.label(),
				group == null ? null : group.text());
	}

	MidTermGoal build() {
		closeGroup();
		if (title == null) {
			warnings.add(line, null, "GOAL_WITHOUT_TITLE", "中期目標" + number + "の名称が読み取れません", null);
		}
		else {
			check().title("中期目標" + number, at(titleSource));
			check().content("中期目標" + number + "の名称", at(titleSource));
		}
		check().sequence("中期目標" + number + "の課題・めざす成果",
				description.stream().map(d -> new StructureCheck.Positioned(d.label, d.source.line(), d.source.column())).toList());
		List<DescriptionItem> items = description.stream()
			.map(d -> new DescriptionItem(d.label, d.text, d.subItems))
			.toList();
		String text = MidTermWording.descriptionText(items);
		return new MidTermGoal(null, number, title, text, items, steps, links().planLinks(), links().policyLinks());
	}

	private static final class DescriptionDraft {

		final String label;

		final String text;

		final Segment source;

		final List<String> subItems = new ArrayList<>();

		DescriptionDraft(String label, String text, Segment source) {
			this.label = label;
			this.text = text;
			this.source = source;
		}
	}
}
