package org.mokuhyo.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.importer.structure.ActionWording;
import org.mokuhyo.kernel.JapaneseText;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.SubItem;

/**
 * The items, actions and sub-points of one annual goal written as the sheet itself writes them, one per line:
 *
 * <pre>
 * (1) 市民公益活動団体を支援します。
 * ① 出前講座等の実施 (7~2月) [新規] 参加者数4,000人
 *   ・高校生世代向け講座
 * ・通年実施
 * </pre>
 *
 * An indented bullet is a sub-point; a bullet at the start of the line is a sub-point under a numbered action and an
 * unlabelled action otherwise (as the importer reads a list under an item). Each wording is read by the importer's
 * own {@link ActionWording}, so tags, schedule and targets come out as an import of the same words would give them.
 */
public final class GoalNotation {

	private static final Pattern ITEM = Pattern.compile("^[(（]\\s*([0-9０-９]{1,2})\\s*[)）]\\s*(.*)$");

	private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473])\\s*(.*)$");

	private static final Pattern BULLET = Pattern.compile("^[・●○\\-]\\s*(.*)$");

	private GoalNotation() {
	}

	/** Items read from the text, or the first problem as a Japanese message naming its line. */
	public record Parsed(List<GoalItem> items, String error) {

		public boolean ok() {
			return error == null;
		}
	}

	/** A line the notation cannot place (1-based), as written, with a Japanese message. */
	public record Problem(int line, String text, String message) {
	}

	/** What a preview shows: the items of every line that could be placed, and each line that could not. */
	public record Reading(List<GoalItem> items, List<Problem> problems) {
	}

	/**
	 * Reads the text; ids of items and actions are taken from {@code previous} where the same label stands at the
	 * same place (a rewritten wording stays the same item).
	 */
	public static Parsed parse(String text, List<GoalItem> previous) {
		Reading reading = read(text, previous);
		if (!reading.problems().isEmpty()) {
			Problem first = reading.problems().get(0);
			return new Parsed(List.of(), first.line() + "行目: " + first.message() + "。");
		}
		return new Parsed(reading.items(), null);
	}

	/** Reads every line it can, as {@link #parse} does, and names each line it cannot place instead of stopping. */
	public static Reading read(String text, List<GoalItem> previous) {
		List<ItemDraft> items = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		String[] lines = text == null ? new String[0] : text.split("\\R", -1);
		for (int n = 0; n < lines.length; n++) {
			String raw = lines[n];
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
			int lineNumber = n + 1;
			Matcher item = ITEM.matcher(line);
			Matcher circled = CIRCLED.matcher(line);
			Matcher bullet = BULLET.matcher(line);
			if (item.matches()) {
				items.add(new ItemDraft("(" + JapaneseText.normalize(item.group(1)) + ")", item.group(2).strip()));
				continue;
			}
			if (items.isEmpty()) {
				problems.add(new Problem(lineNumber, line, "取組み内容の前に (1) などの番号の付いた取組み事項を書いてください"));
				continue;
			}
			ItemDraft current = items.get(items.size() - 1);
			if (circled.matches()) {
				current.actions.add(new ActionDraft(circled.group(1), circled.group(2).strip()));
			}
			else if (bullet.matches()) {
				ActionDraft last = current.actions.isEmpty() ? null : current.actions.get(current.actions.size() - 1);
				if (last != null && (indented || last.label != null)) {
					last.subItems.add(bullet.group(1).strip());
				}
				else if (indented) {
					problems.add(new Problem(lineNumber, line, "サブ項目（字下げした ・）の前に取組み内容（① など）を書いてください"));
				}
				else {
					current.actions.add(new ActionDraft(null, bullet.group(1).strip()));
				}
			}
			else {
				problems.add(new Problem(lineNumber, line, "行の始めに (1)、①、・ のいずれかを付けてください"));
			}
		}
		List<GoalItem> built = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			GoalItem old = sameItem(previous, items.get(i).label);
			built.add(items.get(i).build(old));
		}
		return new Reading(List.copyOf(built), List.copyOf(problems));
	}

	/** The goal's items in the notation {@link #parse} reads; parsing the result gives the same items back. */
	public static String render(List<GoalItem> items) {
		StringBuilder out = new StringBuilder();
		for (GoalItem item : items) {
			out.append(item.label() == null ? "(" + (items.indexOf(item) + 1) + ")" : item.label());
			appendText(out, item.text());
			out.append('\n');
			for (Action action : item.actions()) {
				out.append(action.label() == null ? "・" : action.label());
				appendText(out, wording(action.text(), scheduleText(action.schedule()),
						action.tags()));
				out.append('\n');
				for (SubItem sub : action.subItems()) {
					out.append("  ・").append(wording(sub.text(), scheduleText(sub.schedule()),
							sub.tags())).append('\n');
				}
			}
		}
		return out.toString();
	}

	/** The words as the source writes them: the schedule in parentheses unless the text names it, then the tags. */
	private static String wording(String text, String schedule, List<String> tags) {
		StringBuilder out = new StringBuilder(text == null ? "" : text);
		if (schedule != null && !out.toString().contains(schedule)) {
			out.append(" (").append(schedule).append(')');
		}
		tags.forEach(tag -> out.append(" [").append(tag).append(']'));
		return out.toString().strip();
	}

	private static String scheduleText(Schedule schedule) {
		return schedule == null ? null : schedule.text();
	}

	private static void appendText(StringBuilder out, String text) {
		if (text != null && !text.isEmpty()) {
			out.append(' ').append(text);
		}
	}

	private static GoalItem sameItem(List<GoalItem> previous, String label) {
		Optional<GoalItem> byLabel = previous.stream().filter(i -> label.equals(i.label())).findFirst();
		return byLabel.orElse(null);
	}

	private static final class ItemDraft {

		final String label;

		final String text;

		final List<ActionDraft> actions = new ArrayList<>();

		ItemDraft(String label, String text) {
			this.label = label;
			this.text = text;
		}

		GoalItem build(GoalItem old) {
			List<Action> built = new ArrayList<>();
			for (int a = 0; a < actions.size(); a++) {
				ActionDraft draft = actions.get(a);
				Action previous = old == null ? null : sameAction(old.actions(), draft.label, a);
				// an action written back as it was shown stays exactly as stored: reading its words again could
				// differ from what an import of the whole sheet read (targets across cells, a schedule column)
				built.add(previous != null && draft.sameAs(previous) ? previous
						: draft.build(previous == null ? null : previous.id()));
			}
			return new GoalItem(old == null ? null : old.id(), label, text, built);
		}

		/** The action of the same label, or at the same place where there is no label (as the store matches ids). */
		private static Action sameAction(List<Action> old, String label, int index) {
			if (label != null) {
				return old.stream().filter(a -> label.equals(a.label())).findFirst().orElse(null);
			}
			return index < old.size() && old.get(index).label() == null ? old.get(index) : null;
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

		/** Whether the lines are those {@link #render} writes for {@code action}. */
		boolean sameAs(Action action) {
			if (!text.equals(wording(action.text(), scheduleText(action.schedule()), action.tags()))
					|| subItems.size() != action.subItems().size()) {
				return false;
			}
			for (int i = 0; i < subItems.size(); i++) {
				SubItem sub = action.subItems().get(i);
				if (!subItems.get(i).equals(wording(sub.text(), scheduleText(sub.schedule()), sub.tags()))) {
					return false;
				}
			}
			return true;
		}

		Action build(UUID id) {
			ActionWording wording = ActionWording.read(text);
			List<SubItem> subs = subItems.stream().map(s -> {
				ActionWording w = ActionWording.read(s);
				return new SubItem(w.text(), w.tags(), w.targets(), w.schedule());
			}).toList();
			return new Action(id, label, wording.text(), subs, wording.schedule(), wording.tags(), wording.targets());
		}
	}
}
