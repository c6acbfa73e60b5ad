package org.mokuhyo.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mokuhyo.importer.structure.MidTermWording;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.FiscalSpan;
import org.mokuhyo.sheet.FiscalSpanParser;
import org.mokuhyo.sheet.MidTermStep;

/**
 * A 中期目標's description (取組みにあたっての課題・めざす成果) and schedule (スケジュール(工程)) written as the sheet
 * writes them, one per line:
 *
 * <pre>
 * (1) 市民公益活動推進条例の趣旨をふまえ、協働事業がさらに充実するよう取り組みます。
 * ・市民公益活動支援センターの運営
 *
 * (1) 地域自治の推進
 * ① 形成支援を公民分館等へ働きかけ 令和6年度(2024年度)～
 * (2) 平和活動ボランティア育成・活動支援 令和6年度(2024年度)～令和9年度(2027年度)
 * </pre>
 *
 * Each line is read as the importer reads a paragraph of those cells ({@link MidTermWording}): in the description a
 * labelled or plain line is an item and a bullet a point under the item before it; in the schedule a (1) line without
 * a 年度 is a heading for the steps below it (until the next (1) line or an empty line), any other line a step, its
 * span read by {@link FiscalSpanParser}. Nothing is ever refused: a step whose 年度 cannot be read is kept as written
 * and reported as a warning.
 */
public final class MidTermNotation {

	private MidTermNotation() {
	}

	/** Something worth a second look in one line (1-based), with a Japanese message; saving is still allowed. */
	public record Warning(int line, String text, String message) {
	}

	/** The steps read from the text, and the lines worth a second look. */
	public record Steps(List<MidTermStep> steps, List<Warning> warnings) {
	}

	/** The description items of the text, one per line that is not a bullet. */
	public static List<DescriptionItem> parseDescription(String text) {
		List<String> labels = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<List<String>> bullets = new ArrayList<>();
		for (String raw : lines(text)) {
			if (raw.isBlank()) {
				continue;
			}
			MidTermWording.Line line = MidTermWording.line(raw);
			if (line.kind() == MidTermWording.Kind.PLAIN && line.bullet() && !texts.isEmpty()) {
				bullets.get(bullets.size() - 1).add(line.text());
			}
			else {
				labels.add(line.label());
				texts.add(line.text());
				bullets.add(new ArrayList<>());
			}
		}
		List<DescriptionItem> items = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			items.add(new DescriptionItem(labels.get(i), texts.get(i), bullets.get(i)));
		}
		return List.copyOf(items);
	}

	/** The description as one text, as an import stores it next to its items; null when there are none. */
	public static String descriptionText(List<DescriptionItem> items) {
		return MidTermWording.descriptionText(items);
	}

	/**
	 * The description in the notation {@link #parseDescription} reads; {@code description} alone where there are
	 * no items (a sheet that only has the text).
	 */
	public static String renderDescription(List<DescriptionItem> items, String description) {
		if (items.isEmpty()) {
			return description == null ? "" : description;
		}
		StringBuilder out = new StringBuilder();
		for (DescriptionItem item : items) {
			out.append(item.label() == null ? "" : item.label() + " ").append(item.text()).append('\n');
			item.subItems().forEach(s -> out.append("・").append(s).append('\n'));
		}
		return out.toString();
	}

	public static Steps parseSteps(String text) {
		List<MidTermStep> steps = new ArrayList<>();
		List<Warning> warnings = new ArrayList<>();
		Heading heading = null;
		List<String> lines = lines(text);
		for (int n = 0; n < lines.size(); n++) {
			String raw = lines.get(n);
			if (raw.isBlank()) {
				// an empty line ends the heading: the steps after it stand on their own
				closeHeading(heading, steps, warnings);
				heading = null;
				continue;
			}
			MidTermWording.Line line = MidTermWording.line(raw);
			List<FiscalSpan> spans = FiscalSpanParser.findAll(line.text());
			if (line.kind() == MidTermWording.Kind.ITEM) {
				closeHeading(heading, steps, warnings);
				heading = spans.isEmpty() ? new Heading(n + 1, raw.strip(), line.label(), line.text()) : null;
				if (!spans.isEmpty()) {
					add(MidTermWording.step(line.label(), line.text(), spans, null, null), n + 1, raw, steps, warnings);
				}
				continue;
			}
			MidTermStep step = MidTermWording.step(line.label(), line.text(), spans,
					heading == null ? null : heading.label, heading == null ? null : heading.text);
			if (heading != null) {
				heading.hasSteps = true;
			}
			add(step, n + 1, raw, steps, warnings);
		}
		closeHeading(heading, steps, warnings);
		return new Steps(List.copyOf(steps), List.copyOf(warnings));
	}

	/**
	 * The steps in the notation {@link #parseSteps} reads: a heading line where the heading changes, an empty line
	 * before a step that stands on its own after a heading.
	 */
	public static String renderSteps(List<MidTermStep> steps) {
		StringBuilder out = new StringBuilder();
		boolean headingOpen = false;
		String label = null;
		String title = null;
		for (MidTermStep step : steps) {
			boolean headed = step.groupLabel() != null || step.groupTitle() != null;
			if (headed && !(headingOpen && Objects.equals(label, step.groupLabel())
					&& Objects.equals(title, step.groupTitle()))) {
				out.append(joined(step.groupLabel(), step.groupTitle())).append('\n');
			}
			else if (!headed && headingOpen && !isItem(step.label())) {
				out.append('\n');
			}
			out.append(joined(step.label(), joined(step.text(), step.spanText()))).append('\n');
			// a (1) step without a 年度 reads back as a heading of its own, open until the next line closes it
			headingOpen = headed || isItem(step.label()) && step.spanText() == null;
			label = headed ? step.groupLabel() : null;
			title = headed ? step.groupTitle() : null;
		}
		return out.toString();
	}

	private static void add(MidTermStep step, int line, String raw, List<MidTermStep> steps, List<Warning> warnings) {
		steps.add(step);
		if (step.spanText() == null) {
			warnings.add(new Warning(line, raw.strip(),
					"年度が読み取れません（例: 令和6年度(2024年度)～令和9年度(2027年度)）。工程はこのまま保存できます"));
		}
		else if (step.fromYear() != null && step.toYear() != null && step.toYear() < step.fromYear()) {
			warnings.add(new Warning(line, raw.strip(), "終わりの年度が始まりの年度より前です"));
		}
	}

	/** A heading with no step under it is a step of its own, as on import, so nothing is lost. */
	private static void closeHeading(Heading heading, List<MidTermStep> steps, List<Warning> warnings) {
		if (heading != null && !heading.hasSteps) {
			add(new MidTermStep(heading.label, heading.text, null, null, null, null, null), heading.line, heading.raw,
					steps, warnings);
		}
	}

	private static boolean isItem(String label) {
		return label != null && label.startsWith("(");
	}

	private static String joined(String first, String second) {
		if (first == null || first.isEmpty()) {
			return second == null ? "" : second;
		}
		return second == null || second.isEmpty() ? first : first + " " + second;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : List.of(text.split("\\R", -1));
	}

	private static final class Heading {

		final int line;

		final String raw;

		final String label;

		final String text;

		boolean hasSteps;

		Heading(int line, String raw, String label, String text) {
			this.line = line;
			this.raw = raw;
			this.label = label;
			this.text = text;
		}
	}
}
