package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mokuhyo.importer.read.SourceBlock.Kind;
import org.mokuhyo.importer.read.SourceBlock.Run;

/**
 * The lines of one cell of printed text put back into its paragraphs. A printer wraps a paragraph at the cell's
 * edge, Japanese mid-word; the structuring step needs each labelled line ((1), ①, ・, ○, 総合計画 …) as a block of
 * its own, as the published text gives it. A line starts a new block when it starts with a label; it continues the
 * block when it is indented further than the block's first line (a hanging indent), or when the line before it ran
 * to the cell's edge.
 */
final class CellLines {

	/** What starts a line of its own on the sheet: labels, bullets, link markers, a plan code, a bracketed note. */
	static final Pattern LABEL = Pattern.compile("^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[)）]|[\\u2460-\\u2473]"
			+ "|[・○◯●■□◆◇※]|総合計画|基本政策|【|[0-9０-９]{1,2}\\s*[-－]\\s*[0-9０-９]{1,2}\\s*[-－])");

	/** A 基本政策 line: its number and title ({@code 45 新たなコミュニティ…}). */
	private static final Pattern POLICY_NUMBER = Pattern.compile("^[0-9０-９]{1,3}\\s");

	private final List<Line> lines = new ArrayList<>();

	/** A line of the cell: where it starts (character index) and its text. */
	record Line(int number, int start, String text) {
	}

	void add(int number, int start, String text) {
		lines.add(new Line(number, start, text.strip()));
	}

	boolean isEmpty() {
		return lines.isEmpty();
	}

	int firstLine() {
		return lines.isEmpty() ? 0 : lines.get(0).number();
	}

	List<Line> lines() {
		return lines;
	}

	/**
	 * The blocks.
	 *
	 * @param full  whether a line ran to the cell's edge, so that the next one continues it
	 * @param links a 総合計画 / 基本政策 cell: each link is a line of its own
	 */
	List<SourceBlock> blocks(java.util.function.Predicate<Line> full, boolean links) {
		return paragraphs(full, links).stream().map(Paragraph::block).toList();
	}

	/** A block and the line it starts on. */
	record Paragraph(int line, SourceBlock block) {
	}

	/** The blocks with the lines they start on ({@link #blocks}). */
	List<Paragraph> paragraphs(java.util.function.Predicate<Line> full, boolean links) {
		List<Paragraph> out = new ArrayList<>();
		StringBuilder text = null;
		Line first = null;
		Line previous = null;
		for (Line line : lines) {
			boolean continues = previous != null && !startsOwnLine(line.text(), links)
					&& (line.start() > first.start() || !links && full.test(previous));
			if (continues) {
				append(text, line.text());
			}
			else {
				if (text != null) {
					out.add(new Paragraph(first.number(), block(text)));
				}
				text = new StringBuilder(line.text());
				first = line;
			}
			previous = line;
		}
		if (text != null) {
			out.add(new Paragraph(first.number(), block(text)));
		}
		return out;
	}

	private static boolean startsOwnLine(String text, boolean links) {
		return LABEL.matcher(text).lookingAt() || links && POLICY_NUMBER.matcher(text).lookingAt();
	}

	private static SourceBlock block(StringBuilder text) {
		return new SourceBlock(Kind.PARAGRAPH, List.of(new Run(text.toString(), false)));
	}

	/**
	 * A wrapped line joined to the one before: Japanese breaks mid-word, so without a space; between two ASCII words
	 * the break stood at a space.
	 */
	static void append(StringBuilder text, String next) {
		if (!text.isEmpty() && !next.isEmpty() && isAsciiWord(text.charAt(text.length() - 1))
				&& isAsciiWord(next.charAt(0))) {
			text.append(' ');
		}
		text.append(next);
	}

	private static boolean isAsciiWord(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}

	/** The cell's text as a person reads it, one block a line (the raw of the source cell). */
	static String raw(List<SourceBlock> blocks) {
		return String.join("\n", blocks.stream().map(SourceBlock::text).toList());
	}
}
