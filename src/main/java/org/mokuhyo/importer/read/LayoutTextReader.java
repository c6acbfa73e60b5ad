package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mokuhyo.importer.ImportRejectedException;

/**
 * Reads a printed sheet as plain text, without tabs: what {@code pdftotext -layout} gives (columns set apart by
 * runs of spaces, each cell's lines wrapped, pages cut by form feeds with the column titles again), or what a person
 * copies out of a PDF viewer (the same words in reading order, no columns at all). The tables are rebuilt into the
 * rows a tab-separated export gives, so the structuring step reads them as it reads that export.
 * <p>
 * Text with tabs is the export itself and stays with {@link TextSheetReader}.
 */
public final class LayoutTextReader implements DocumentReader {

	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

	/** The No column's title opening a line: the print of a goal table. */
	private static final Pattern NUMBER_TITLE_LINE = Pattern.compile("(?m)^[ \\f]*(?i:no\\.?|№|番号)(?: {2,}\\S|[ ]*$)");

	@Override
	public boolean accepts(byte[] content, String fileName) {
		// a tab is the tab-separated text's, and its byte (9) means a tab in UTF-8, Shift_JIS and EUC-JP alike: such a
		// file (most text imports) is turned away without being decoded here and again by the text reader
		for (byte b : content) {
			if (b == '\t') {
				return false;
			}
		}
		String text;
		try {
			text = TextDecoder.decode(content).text();
		}
		catch (ImportRejectedException ex) {
			return false; // not text: another reader's, or the text reader's refusal
		}
		return (text.contains("当年度目標") || text.contains("中期目標"))
				&& NUMBER_TITLE_LINE.matcher(text).find();
	}

	@Override
	public SourceDocument read(byte[] content, String fileName, ReadBudget budget) {
		TextDecoder.Decoded decoded = TextDecoder.decode(content);
		budget.text(decoded.text(), true);
		List<SourceNote> notes = new ArrayList<>();
		if (!decoded.charset().name().equals("UTF-8")) {
			notes.add(SourceNote.whole("文字コード " + decoded.charset().displayName() + " として読み込みました"));
		}
		List<LayoutLine> lines = lines(decoded.text());
		if (isLaidOut(lines)) {
			return new SourceDocument(fileName, LayoutRows.of(lines), notes);
		}
		ViewerCopyRows copy = ViewerCopyRows.of(lines);
		notes.addAll(copy.notes());
		return new SourceDocument(fileName, copy.rows(), notes);
	}

	/** The lines, a form feed (a new page) taken off the line it starts. */
	static List<LayoutLine> lines(String text) {
		String[] raw = LINE_BREAK.split(text, -1);
		List<LayoutLine> lines = new ArrayList<>(raw.length);
		for (int i = 0; i < raw.length; i++) {
			String line = raw[i];
			boolean pageStart = line.indexOf('\f') >= 0;
			lines.add(new LayoutLine(i + 1, pageStart ? line.replace("\f", "") : line, pageStart));
		}
		return lines;
	}

	/** Laid out when a good share of the lines set columns apart with runs of spaces. */
	private static boolean isLaidOut(List<LayoutLine> lines) {
		long text = lines.stream().filter(l -> !l.isBlank()).count();
		long gapped = lines.stream().filter(l -> !l.isBlank() && (l.hasGap() || l.indent() > 2)).count();
		return text > 0 && gapped * 5 >= text;
	}
}
