package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SubItem;

/**
 * Builds one 当年度目標 from its segments: title (with 【重点】), items (1)…, actions ①…, sub-points, review, links.
 */
final class AnnualGoalAssembler extends GoalAssembler {

	private static final Pattern PRIORITY = Pattern.compile("\\s*[【\\[［]\\s*重点\\s*[】\\]］]\\s*");

	private String title;

	private boolean priority;

	private final List<ItemDraft> items = new ArrayList<>();

	private final List<String> reviewCells = new ArrayList<>();

	AnnualGoalAssembler(int number, int line, Warnings warnings) {
		super(number, line, warnings);
	}

	void content(List<Segment> segments) {
		for (Segment s : segments) {
			if (title == null && items.isEmpty() && s.kind() == Segment.Kind.PLAIN && !s.listItem()) {
				setTitle(s.text());
			}
			else if (s.kind() == Segment.Kind.ITEM) {
				items.add(new ItemDraft(s.label(), s.text()));
			}
			else if (s.kind() == Segment.Kind.CIRCLED) {
				currentItem(s).actions.add(new ActionDraft(s.label(), s.text()));
			}
			else {
				ItemDraft item = currentItem(s);
				// bullets right under an item are its actions; under a numbered action (①) they are its sub-points
				if (item.actions.isEmpty() || s.listItem() && item.lastAction().label == null) {
					item.actions.add(new ActionDraft(null, s.text()));
				}
				else {
					item.lastAction().subItems.add(s.text());
				}
			}
		}
	}

	private void setTitle(String text) {
		if (PRIORITY.matcher(text).find()) {
			priority = true;
			text = PRIORITY.matcher(text).replaceAll(" ").strip();
		}
		title = text;
	}

	private ItemDraft currentItem(Segment s) {
		if (items.isEmpty()) {
			warnings.add(s.line(), s.column(), "ITEM_WITHOUT_LABEL", "目標" + number + "：(1) などの番号のない取組み事項です",
					s.text());
			items.add(new ItemDraft(null, null));
		}
		return items.get(items.size() - 1);
	}

	/**
	 * A review cell; the source may put both review fields into one cell as two paragraphs ({@code mayHoldBoth}: the
	 * row has no second review cell, so paragraphs of a 実績 written at length are not taken for the 課題).
	 */
	void review(List<String> paragraphs, boolean mayHoldBoth) {
		reviewCells.add(String.join("\n", paragraphs));
		if (mayHoldBoth && paragraphs.size() > 1 && reviewCells.size() == 1) {
			reviewCells.set(0, paragraphs.get(0));
			reviewCells.add(String.join("\n", paragraphs.subList(1, paragraphs.size())));
		}
	}

	AnnualGoal build() {
		if (title == null) {
			warnings.add(line, null, "GOAL_WITHOUT_TITLE", "目標" + number + "の名称が読み取れません", null);
		}
		String results = reviewCells.isEmpty() ? null : Placeholders.valueOrNull(reviewCells.get(0));
		String issues = reviewCells.size() < 2 ? null : Placeholders.valueOrNull(reviewCells.get(1));
		for (int i = 2; i < reviewCells.size(); i++) {
			if (Placeholders.valueOrNull(reviewCells.get(i)) != null) {
				warnings.unplaced(line, null, reviewCells.get(i));
			}
		}
		List<GoalItem> goalItems = items.stream().map(ItemDraft::build).toList();
		return new AnnualGoal(null, number, title, priority, goalItems, links().planLinks(), links().policyLinks(),
				new Review(results, issues));
	}

	private static final class ItemDraft {

		final String label;

		final String text;

		final List<ActionDraft> actions = new ArrayList<>();

		ItemDraft(String label, String text) {
			this.label = label;
			this.text = text;
		}

		ActionDraft lastAction() {
			return actions.get(actions.size() - 1);
		}

		GoalItem build() {
			return new GoalItem(null, label, text, actions.stream().map(ActionDraft::build).toList());
		}
	}

	private static final class ActionDraft {

		final String label;

		final String text;

		final List<String> subItems = new ArrayList<>();

		ActionDraft(String label, String text) {
			this.label = label;
			this.text = text;
		}

		Action build() {
			ActionWording wording = ActionWording.read(text);
			List<SubItem> subs = subItems.stream().map(s -> {
				ActionWording w = ActionWording.read(s);
				return new SubItem(w.text(), w.tags(), w.targets(), w.schedule());
			}).toList();
			return new Action(null, label, wording.text(), subs, wording.schedule(), wording.tags(), wording.targets());
		}
	}
}
