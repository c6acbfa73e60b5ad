package org.mokuhyo.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * The best passage (one entry of the field: a line) as a {@link Snippet}, cut to about {@link #WINDOW} characters
 * around its first match, with … where text was left out. Structured rather than HTML so the page escapes every
 * character itself.
 */
final class SnippetFormatter extends PassageFormatter {

	static final int WINDOW = 120;

	private static final int BEFORE_MATCH = 40;

	@Override
	public Object format(Passage[] passages, String content) {
		if (passages.length == 0) {
			return null;
		}
		Passage passage = passages[0];
		int start = passage.getStartOffset();
		int end = passage.getEndOffset();
		while (end > start && content.charAt(end - 1) == '\n') {
			end--; // the separator between entries belongs to neither
		}
		while (start < end && content.charAt(start) == '\n') {
			start++;
		}
		int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
		int from = Math.max(start, Math.min(firstMatch - BEFORE_MATCH, end - WINDOW));
		int to = Math.min(end, from + WINDOW);
		List<Snippet.Part> parts = new ArrayList<>();
		if (from > start) {
			parts.add(new Snippet.Part("…", false));
		}
		int at = from;
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int matchStart = Math.max(passage.getMatchStarts()[i], at);
			int matchEnd = Math.min(passage.getMatchEnds()[i], to);
			if (matchEnd <= matchStart) {
				continue; // before the window, or overlapping a match already marked
			}
			if (matchStart > at) {
				parts.add(new Snippet.Part(content.substring(at, matchStart), false));
			}
			else if (!parts.isEmpty() && parts.get(parts.size() - 1).match()) {
				// the words of a phrase come as touching matches (助成 + 金): one mark for the phrase
				Snippet.Part previous = parts.remove(parts.size() - 1);
				parts.add(new Snippet.Part(previous.text() + content.substring(matchStart, matchEnd), true));
				at = matchEnd;
				continue;
			}
			parts.add(new Snippet.Part(content.substring(matchStart, matchEnd), true));
			at = matchEnd;
		}
		if (to > at) {
			parts.add(new Snippet.Part(content.substring(at, to), false));
		}
		if (to < end) {
			parts.add(new Snippet.Part("…", false));
		}
		return new Snippet(parts);
	}
}
