package org.mokuhyo.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.mokuhyo.kernel.JapaneseText;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;

/**
 * The targets (目標値) of a goal in two years, paired by what they count: the same unit always, and the same action
 * (as paired by {@link AnnualGoalDiff}) or a like label (参加者数 and 講座参加者数); then compared by value.
 */
final class TargetDiff {

	static final double THRESHOLD = 0.5;

	private TargetDiff() {
	}

	/** A target with the action (or the action's sub-point) carrying it. */
	private record Located(AnnualGoalDiff.Located action, String where, Target target) {
	}

	static List<TargetChange> compare(List<AnnualGoalDiff.Located> older, List<AnnualGoalDiff.Located> newer,
			Map<AnnualGoalDiff.Located, AnnualGoalDiff.Located> actionPartner) {
		return Alignment.align(targets(older), targets(newer), (a, b) -> score(a, b, actionPartner), THRESHOLD)
			.stream()
			.map(p -> change(p.older(), p.newer()))
			.toList();
	}

	private static List<Located> targets(List<AnnualGoalDiff.Located> actions) {
		List<Located> out = new ArrayList<>();
		for (AnnualGoalDiff.Located action : actions) {
			action.action().targets().forEach(t -> out.add(new Located(action, action.label(), t)));
			for (SubItem sub : action.action().subItems()) {
				sub.targets().forEach(t -> out.add(new Located(action, action.label() + " ・", t)));
			}
		}
		return out;
	}

	/**
	 * Never across units; within the same action pair any two of one unit may pair (a label reworded), the closer
	 * labels first; across actions only like labels do.
	 */
	private static double score(Located a, Located b, Map<AnnualGoalDiff.Located, AnnualGoalDiff.Located> partner) {
		if (!Objects.equals(norm(a.target().unit()), norm(b.target().unit()))) {
			return 0;
		}
		boolean sameAction = partner.get(a.action()) == b.action();
		double label = a.target().label() == null && b.target().label() == null ? (sameAction ? 1 : 0.5)
				: Similarity.of(a.target().label(), b.target().label());
		return sameAction ? 0.5 + 0.5 * label : 0.9 * label;
	}

	private static TargetChange change(Located older, Located newer) {
		Target o = older == null ? null : older.target();
		Target n = newer == null ? null : newer.target();
		TargetChange.Movement movement;
		if (o == null) {
			movement = TargetChange.Movement.ADDED;
		}
		else if (n == null) {
			movement = TargetChange.Movement.DROPPED;
		}
		else if (o.value() == null || n.value() == null || !Objects.equals(norm(o.per()), norm(n.per()))) {
			// no number to compare, or a count per year against a count in all: different measures
			movement = Similarity.same(o.text(), n.text()) ? TargetChange.Movement.SAME : TargetChange.Movement.CHANGED;
		}
		else {
			int c = n.value().compareTo(o.value());
			movement = c > 0 ? TargetChange.Movement.RAISED : c < 0 ? TargetChange.Movement.LOWERED
					: TargetChange.Movement.SAME;
		}
		Target shown = n != null ? n : o;
		String label = n != null && n.label() != null ? n.label() : o != null && o.label() != null ? o.label() : null;
		return new TargetChange(movement, label, shown.unit(), o == null ? null : o.text(), n == null ? null : n.text(),
				o == null ? null : o.value(), n == null ? null : n.value(), older == null ? null : older.where(),
				newer == null ? null : newer.where());
	}

	private static String norm(String s) {
		return s == null || s.isBlank() ? null : JapaneseText.normalize(s);
	}
}
