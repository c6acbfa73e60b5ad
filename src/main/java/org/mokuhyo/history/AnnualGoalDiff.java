package org.mokuhyo.history;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SubItem;

/**
 * The 当年度目標 of two years: goals paired by title and content, then within a pair its items (取組み事項) and
 * actions (取組み内容) paired the same way, actions across items (an action may move to another item), and its
 * targets and links.
 */
final class AnnualGoalDiff {

	/** Below this a pair of goals reads as two different goals (two unrelated goals of a department score ~0.1). */
	static final double GOAL_THRESHOLD = 0.3;

	static final double ITEM_THRESHOLD = 0.4;

	static final double ACTION_THRESHOLD = 0.4;

	/** An action under the item it is listed in keeps that place a little more readily than moving. */
	private static final double SAME_ITEM_BONUS = 0.1;

	static final String TITLE = "題名";

	static final String ITEM = "取組み事項";

	static final String ACTION = "取組み内容";

	private AnnualGoalDiff() {
	}

	/** A goal with the bigrams of its title and of everything under it. */
	private record Profile(AnnualGoal goal, Set<String> title, Set<String> body) {

		static Profile of(AnnualGoal goal) {
			StringBuilder body = new StringBuilder();
			for (GoalItem item : goal.items()) {
				body.append(item.text()).append('\n');
				item.actions().forEach(a -> body.append(actionText(a)).append('\n'));
			}
			return new Profile(goal, Similarity.bigrams(goal.title()), Similarity.bigrams(body.toString()));
		}
	}

	private record ItemProfile(GoalItem item, Set<String> text, Set<String> actions) {

		static ItemProfile of(GoalItem item) {
			StringBuilder actions = new StringBuilder();
			item.actions().forEach(a -> actions.append(actionText(a)).append('\n'));
			return new ItemProfile(item, Similarity.bigrams(item.text()), Similarity.bigrams(actions.toString()));
		}
	}

	/** An action with the item it is listed under. */
	record Located(GoalItem item, Action action, Set<String> text) {

		String label() {
			return GoalLines.label(item.label(), action.label());
		}
	}

	static List<GoalComparison> compare(List<AnnualGoal> older, List<AnnualGoal> newer) {
		return Alignment.align(older.stream().map(Profile::of).toList(), newer.stream().map(Profile::of).toList(),
				AnnualGoalDiff::score, GOAL_THRESHOLD)
			.stream()
			.map(p -> compare(p.older() == null ? null : p.older().goal(), p.newer() == null ? null : p.newer().goal(),
					p.score()))
			.toList();
	}

	/** Title weighs most (it names the goal); the content decides when the title was reworded. */
	private static double score(Profile a, Profile b) {
		double title = Similarity.dice(a.title(), b.title());
		if (a.body().isEmpty() && b.body().isEmpty()) {
			return title;
		}
		return 0.6 * title + 0.4 * Similarity.dice(a.body(), b.body());
	}

	/** One goal in either year or both. */
	static GoalComparison compare(AnnualGoal older, AnnualGoal newer, double similarity) {
		List<GoalItem> olderItems = older == null ? List.of() : older.items();
		List<GoalItem> newerItems = newer == null ? List.of() : newer.items();
		List<Alignment.Pair<ItemProfile>> items = Alignment.align(olderItems.stream().map(ItemProfile::of).toList(),
				newerItems.stream().map(ItemProfile::of).toList(), AnnualGoalDiff::itemScore, ITEM_THRESHOLD);
		Map<GoalItem, GoalItem> itemPartner = new IdentityHashMap<>();
		items.stream().filter(Alignment.Pair::kept).forEach(p -> itemPartner.put(p.older().item(), p.newer().item()));

		List<Located> olderActions = located(olderItems);
		List<Located> newerActions = located(newerItems);
		List<Alignment.Pair<Located>> actions = Alignment.align(olderActions, newerActions,
				(a, b) -> Similarity.dice(a.text(), b.text())
						+ (itemPartner.get(a.item()) == b.item() ? SAME_ITEM_BONUS : 0),
				ACTION_THRESHOLD);
		Map<Located, Located> actionPartner = new IdentityHashMap<>();
		actions.stream().filter(Alignment.Pair::kept).forEach(p -> actionPartner.put(p.older(), p.newer()));

		List<LineChange> lines = new ArrayList<>();
		for (Alignment.Pair<ItemProfile> item : items) {
			GoalItem o = item.older() == null ? null : item.older().item();
			GoalItem n = item.newer() == null ? null : item.newer().item();
			lines.add(LineChange.of(ITEM, o == null ? null : o.label(), n == null ? null : n.label(),
					o == null ? null : o.text(), n == null ? null : n.text(), o != null, n != null, List.of()));
			// the item's actions: those listed under it in the newer year, or under it in the older when dropped
			for (Alignment.Pair<Located> action : actions) {
				boolean under = action.newer() != null ? n != null && action.newer().item() == n
						: o != null && action.older().item() == o;
				if (under) {
					lines.add(actionLine(action.older(), action.newer()));
				}
			}
		}
		List<TargetChange> targets = TargetDiff.compare(olderActions, newerActions, actionPartner);
		List<LinkChange> links = GoalLines.links(older == null ? List.of() : older.planLinks(),
				older == null ? List.of() : older.policyLinks(), newer == null ? List.of() : newer.planLinks(),
				newer == null ? List.of() : newer.policyLinks());

		// the numbers are the goal's heading; the line is its title
		LineChange title = LineChange.of(TITLE, null, null, older == null ? null : older.title(),
				newer == null ? null : newer.title(), older != null, newer != null, List.of());
		boolean changed = title.change() != Difference.SAME
				|| lines.stream().anyMatch(l -> l.change() != Difference.SAME)
				|| targets.stream().anyMatch(t -> t.movement() != TargetChange.Movement.SAME)
				|| links.stream().anyMatch(l -> l.change() != Difference.SAME)
				|| older != null && newer != null && older.priority() != newer.priority();
		return new GoalComparison(false, Difference.of(older != null, newer != null, changed),
				older == null ? null : older.number(), newer == null ? null : newer.number(),
				older != null && newer != null ? similarity : 0, older == null ? null : older.priority(),
				newer == null ? null : newer.priority(), title, lines, targets, links);
	}

	private static double itemScore(ItemProfile a, ItemProfile b) {
		double text = Similarity.dice(a.text(), b.text());
		if (a.actions().isEmpty() || b.actions().isEmpty()) {
			return text;
		}
		return 0.7 * text + 0.3 * Similarity.dice(a.actions(), b.actions());
	}

	static List<Located> located(List<GoalItem> items) {
		List<Located> out = new ArrayList<>();
		for (GoalItem item : items) {
			for (Action action : item.actions()) {
				out.add(new Located(item, action, Similarity.bigrams(matchText(action))));
			}
		}
		return out;
	}

	private static LineChange actionLine(Located older, Located newer) {
		List<String> notes = older != null && newer != null
				? GoalLines.scheduleAndTagNotes(older.action().schedule(), older.action().tags(), newer.action().schedule(),
						newer.action().tags())
				: List.of();
		return LineChange.of(ACTION, older == null ? null : older.label(), newer == null ? null : newer.label(),
				older == null ? null : actionText(older.action()), newer == null ? null : actionText(newer.action()),
				older != null, newer != null, notes);
	}

	/** What pairs actions: the wording and its sub-points, not the schedule or tags (those change year to year). */
	private static String matchText(Action action) {
		StringBuilder s = new StringBuilder(GoalLines.nz(action.text()));
		action.subItems().forEach(sub -> s.append('\n').append(GoalLines.nz(sub.text())));
		return s.toString();
	}

	/** The action as the sheet reads: wording, schedule and tags, then its sub-points one per line. */
	static String actionText(Action action) {
		StringBuilder s = new StringBuilder(GoalLines.nz(action.text()));
		s.append(marksNotInText(action.text(), action.schedule(), action.tags()));
		for (SubItem sub : action.subItems()) {
			s.append("\n・").append(GoalLines.nz(sub.text())).append(marksNotInText(sub.text(), sub.schedule(), sub.tags()));
		}
		return s.toString();
	}

	/** A schedule already written in the wording is not repeated. */
	private static String marksNotInText(String text, org.mokuhyo.sheet.Schedule schedule, List<String> tags) {
		boolean written = schedule != null && schedule.text() != null && text != null && text.contains(schedule.text());
		return GoalLines.marks(written ? null : schedule, tags);
	}
}
