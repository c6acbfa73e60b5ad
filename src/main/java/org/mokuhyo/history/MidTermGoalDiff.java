package org.mokuhyo.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;

/**
 * The 中期目標 of two years: goals paired by title and content as the annual ones are, then within a pair the
 * description items (課題・めざす成果) and the steps (工程) paired by wording, a step's span of years compared apart
 * from its wording.
 */
final class MidTermGoalDiff {

	static final String TITLE = "題名";

	static final String DESCRIPTION = "課題・めざす成果";

	static final String STEP = "工程";

	private MidTermGoalDiff() {
	}

	private record Profile(MidTermGoal goal, Set<String> title, Set<String> body) {

		static Profile of(MidTermGoal goal) {
			StringBuilder body = new StringBuilder();
			descriptions(goal).forEach(d -> body.append(descriptionText(d)).append('\n'));
			goal.steps().forEach(s -> body.append(GoalLines.nz(s.text())).append('\n'));
			return new Profile(goal, Similarity.bigrams(goal.title()), Similarity.bigrams(body.toString()));
		}
	}

	static List<GoalComparison> compare(List<MidTermGoal> older, List<MidTermGoal> newer) {
		return Alignment.align(older.stream().map(Profile::of).toList(), newer.stream().map(Profile::of).toList(),
				MidTermGoalDiff::score, AnnualGoalDiff.GOAL_THRESHOLD)
			.stream()
			.map(p -> compare(p.older() == null ? null : p.older().goal(), p.newer() == null ? null : p.newer().goal(),
					p.score()))
			.toList();
	}

	private static double score(Profile a, Profile b) {
		double title = Similarity.dice(a.title(), b.title());
		if (a.body().isEmpty() && b.body().isEmpty()) {
			return title;
		}
		return 0.6 * title + 0.4 * Similarity.dice(a.body(), b.body());
	}

	static GoalComparison compare(MidTermGoal older, MidTermGoal newer, double similarity) {
		List<LineChange> lines = new ArrayList<>();
		for (Alignment.Pair<DescriptionItem> d : Alignment.align(descriptions(older), descriptions(newer),
				(a, b) -> Similarity.of(descriptionText(a), descriptionText(b)), AnnualGoalDiff.ITEM_THRESHOLD)) {
			lines.add(LineChange.of(DESCRIPTION, d.older() == null ? null : GoalLines.label(null, d.older().label()),
					d.newer() == null ? null : GoalLines.label(null, d.newer().label()),
					d.older() == null ? null : descriptionText(d.older()),
					d.newer() == null ? null : descriptionText(d.newer()), d.older() != null, d.newer() != null,
					List.of()));
		}
		for (Alignment.Pair<MidTermStep> s : Alignment.align(older == null ? List.of() : older.steps(),
				newer == null ? List.of() : newer.steps(), (a, b) -> Similarity.of(a.text(), b.text()),
				AnnualGoalDiff.ACTION_THRESHOLD)) {
			lines.add(LineChange.of(STEP, s.older() == null ? null : stepLabel(s.older()),
					s.newer() == null ? null : stepLabel(s.newer()), s.older() == null ? null : stepText(s.older()),
					s.newer() == null ? null : stepText(s.newer()), s.older() != null, s.newer() != null,
					s.kept() ? spanNotes(s.older(), s.newer()) : List.of()));
		}
		List<LinkChange> links = GoalLines.links(older == null ? List.of() : older.planLinks(),
				older == null ? List.of() : older.policyLinks(), newer == null ? List.of() : newer.planLinks(),
				newer == null ? List.of() : newer.policyLinks());
		// the numbers are the goal's heading; the line is its title
		LineChange title = LineChange.of(TITLE, null, null, older == null ? null : older.title(),
				newer == null ? null : newer.title(), older != null, newer != null, List.of());
		boolean changed = title.change() != Difference.SAME
				|| lines.stream().anyMatch(l -> l.change() != Difference.SAME)
				|| links.stream().anyMatch(l -> l.change() != Difference.SAME);
		return new GoalComparison(true, Difference.of(older != null, newer != null, changed),
				older == null ? null : older.number(), newer == null ? null : newer.number(),
				older != null && newer != null ? similarity : 0, null, null, title, lines, List.of(), links);
	}

	/** The structured items, or the description as one item where the sheet gives only text. */
	private static List<DescriptionItem> descriptions(MidTermGoal goal) {
		if (goal == null) {
			return List.of();
		}
		if (!goal.descriptionItems().isEmpty() || goal.description() == null || goal.description().isBlank()) {
			return goal.descriptionItems();
		}
		return List.of(new DescriptionItem(null, goal.description(), List.of()));
	}

	private static String descriptionText(DescriptionItem item) {
		StringBuilder s = new StringBuilder(GoalLines.nz(item.text()));
		item.subItems().forEach(sub -> s.append("\n・").append(sub));
		return s.toString();
	}

	/** (1)① for a step under a heading (1). */
	private static String stepLabel(MidTermStep step) {
		return GoalLines.label(step.groupLabel(), step.label());
	}

	private static String stepText(MidTermStep step) {
		return GoalLines.nz(step.text()) + (step.spanText() == null || step.spanText().isBlank() ? ""
				: " " + step.spanText());
	}

	/** A step whose years moved says so, whatever the era wording of its span. */
	private static List<String> spanNotes(MidTermStep older, MidTermStep newer) {
		if (Objects.equals(older.fromYear(), newer.fromYear()) && Objects.equals(older.toYear(), newer.toYear())) {
			return List.of();
		}
		return List.of("期間: " + span(older) + " → " + span(newer));
	}

	private static String span(MidTermStep step) {
		if (step.fromYear() == null) {
			return step.spanText() == null || step.spanText().isBlank() ? "（なし）" : step.spanText();
		}
		String from = Era.fiscalYearLabel(step.fromYear());
		if (step.toYear() == null) {
			return from + "～";
		}
		return step.toYear().equals(step.fromYear()) ? from : from + "～" + Era.fiscalYearLabel(step.toYear());
	}
}
