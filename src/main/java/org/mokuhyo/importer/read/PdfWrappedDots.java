package org.mokuhyo.importer.read;

import java.util.List;

import org.mokuhyo.importer.read.PdfPageReader.TextLine;

/**
 * A line starting with 「・」 that is not a bullet: Japanese writes ・ inside a phrase (支援・解決), and LibreOffice
 * (unlike a browser, which keeps ・ off a line's start) may wrap a line just before it. The line is taken for the
 * rest of the line above when that line runs to the cell's edge, stops mid-phrase (no closing bracket or 。) and the
 * ・ stands no further in than that line's start (a clerk's sub-point is indented, or follows a line that stops
 * short). That is a reading, not something the PDF states: it is named in a note.
 */
final class PdfWrappedDots {

	/** A wrapped line leaves at most this many ems free at the cell's edge. */
	private static final float FULL_EMS = 1.2f;

	private static final String CLOSING = "。．.）)」』】］]〕";

	private PdfWrappedDots() {
	}

	static boolean continues(TextLine prev, TextLine line, float fullRight, List<SourceNote> notes) {
		String text = line.text.strip();
		String before = prev.text.strip();
		if (!text.startsWith("・") || before.isEmpty() || notes == null) {
			return false;
		}
		float size = Math.max(prev.size, line.size);
		boolean full = prev.right >= fullRight - FULL_EMS * size;
		boolean midPhrase = CLOSING.indexOf(before.charAt(before.length() - 1)) < 0;
		boolean notIndented = line.left <= prev.left + 0.5f * size;
		if (!full || !midPhrase || !notIndented) {
			return false;
		}
		String around = before.substring(Math.max(0, before.length() - 6)) + text.substring(0, Math.min(text.length(), 6));
		notes.add(SourceNote.at(line.page * PdfSheetReader.LINES_PER_PAGE + line.number, line.page + " ページ " + line.number + " 行: 行頭の「・」を箇条書きではなく前の行からの折り返しとみて、「" + around
				+ "」とつなげました。誤りがないか確認してください"));
		return true;
	}
}
