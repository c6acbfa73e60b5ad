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

	private int titleLine;

	private Integer titleColumn;

	private boolean priority;

	private final List<ItemDraft> items = new ArrayList<>();

	/** Each review cell, in order. */
	private final List<ReviewCell> reviewCells = new ArrayList<>();

	private record ReviewCell(List<String> paragraphs, int line, int column) {
	}

	AnnualGoalAssembler(int number, int line, Warnings warnings) {
		super(number, line, warnings);
	}

	void content(List<Segment> segments) {
		for (Segment s : segments) {
			if (title == null && items.isEmpty() && s.kind() == Segment.Kind.PLAIN && !s.listItem()) {
				setTitle(s.text());
				titleLine = s.line();
				titleColumn = s.column();
			}
			else if (s.kind() == Segment.Kind.ITEM) {
				items.add(new ItemDraft(s.label(), s.text(), s));
			}
			else if (s.kind() == Segment.Kind.CIRCLED) {
				currentItem(s).actions.add(new ActionDraft(s.label(), s.text(), s));
			}
			else {
				ItemDraft item = currentItem(s);
				// bullets right under an item are its actions; under a numbered action (①) they are its sub-points
				if (item.actions.isEmpty() || s.listItem() && item.lastAction().label == null) {
					item.actions.add(new ActionDraft(null, s.text(), s));
				}
				else {
					item.lastAction().subItems.add(s);
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
			items.add(new ItemDraft(null, null, s));
		}
		return items.get(items.size() - 1);
	}

	/** A review cell: its paragraphs and where it stands (for the warning if it is one too many). */
	void review(List<String> paragraphs, int line, int column) {
		reviewCells.add(new ReviewCell(List.copyOf(paragraphs), line, column));
	}

	/**
	 * The review fields: one per cell, a cell's paragraphs joined by line breaks. Only a lone cell of several
	 * paragraphs holds both fields (the source may put them into one cell); with two cells, a result written over
	 * several lines stays one field.
	 */
	private List<String> reviewTexts() {
		if (reviewCells.size() == 1 && reviewCells.get(0).paragraphs().size() > 1) {
			List<String> only = reviewCells.get(0).paragraphs();
			return List.of(only.get(0), String.join("\n", only.subList(1, only.size())));
		}
		return reviewCells.stream().map(c -> String.join("\n", c.paragraphs())).toList();
	}

	AnnualGoal build() {
		if (title == null) {
			warnings.add(line, null, "GOAL_WITHOUT_TITLE", "目標" + number + "の名称が読み取れません", null);
		}
		List<String> texts = reviewTexts();
		String results = texts.isEmpty() ? null : Placeholders.valueOrNull(texts.get(0));
		String issues = texts.size() < 2 ? null : Placeholders.valueOrNull(texts.get(1));
		for (int i = 2; i < texts.size(); i++) {
			if (Placeholders.valueOrNull(texts.get(i)) != null) {
				warnings.unplaced(reviewCells.get(i).line(), reviewCells.get(i).column(), texts.get(i));
			}
		}
		check();
		List<GoalItem> goalItems = items.stream().map(ItemDraft::build).toList();
		return new AnnualGoal(null, number, title, priority, goalItems, links().planLinks(), links().policyLinks(),
				new Review(results, issues));
	}

	/** The structural self-check of this goal: numbering, links or placeholders left in text, title length. */
	private void check() {
		StructureCheck check = new StructureCheck(warnings);
		String goal = "目標" + number;
		StructureCheck.Positioned titleAt = new StructureCheck.Positioned(title, titleLine == 0 ? line : titleLine,
				titleColumn);
		check.title(goal, titleAt);
		check.content(goal + "の名称", titleAt);
		check.sequence(goal + "の取組み事項", items.stream().map(i -> i.at(i.label)).toList());
		for (ItemDraft item : items) {
			String where = goal + (item.label == null ? "" : " " + item.label);
			check.content(where + "の取組み事項", item.at(item.text));
			check.sequence(where + "の取組み", item.actions.stream().map(a -> a.at(a.label)).toList());
			for (ActionDraft action : item.actions) {
				check.content(where + "の取組み", action.at(action.text));
				action.subItems.forEach(sub -> check.content(where + "の取組み", at(sub)));
			}
		}
		if (!items.isEmpty() && items.stream().allMatch(i -> i.actions.isEmpty())) {
			warnings.add(line, null, "GOAL_WITHOUT_ACTIONS", goal + "に取組み事項はありますが、取組み（①…）が一つもありません", title);
		}
	}

	private static StructureCheck.Positioned at(Segment s) {
		return new StructureCheck.Positioned(s.text(), s.line(), s.column());
	}

	private static final class ItemDraft {

		final String label;

		final String text;

		final Segment source;

		final List<ActionDraft> actions = new ArrayList<>();

		ItemDraft(String label, String text, Segment source) {
			this.label = label;
			this.text = text;
			this.source = source;
		}

		StructureCheck.Positioned at(String what) {
			return new StructureCheck.Positioned(what, source.line(), source.column());
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

		final Segment source;

		final List<Segment> subItems = new ArrayList<>();

		ActionDraft(String label, String text, Segment source) {
			this.label = label;
			this.text = text;
			this.source = source;
		}

		StructureCheck.Positioned at(String what) {
			return new StructureCheck.Positioned(what, source.line(), source.column());
		}

		Action build() {
			ActionWording wording = ActionWording.read(text);
			List<SubItem> subs = subItems.stream().map(s -> {
				ActionWording w = ActionWording.read(s.text());
				return new SubItem(w.text(), w.tags(), w.targets(), w.schedule());
			}).toList();
			return new Action(null, label, wording.text(), subs, wording.schedule(), wording.tags(), wording.targets());
		}
	}
}
