package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleParser;
import org.mokuhyo.sheet.Target;
import org.mokuhyo.sheet.TargetParser;

/**
 * Reads the wording of an action or sub-point: its tags ([新規], [拡充]), schedule and numeric targets. The tags
 * and a parenthesised schedule are cut from the text (they are kept in their own fields); all else stays. Public
 * (within the module) for {@link org.mokuhyo.importer.GoalNotation}, so edits read wording exactly as imports do.
 */
public record ActionWording(String text, List<String> tags, Schedule schedule, List<Target> targets) {

	/** Tag words a sheet marks actions with; 重点 marks goals, not actions, and is read elsewhere. */
	private static final Pattern TAG = Pattern.compile("\\s*[\\[［【]\\s*(新規|拡充|継続|充実|見直し)\\s*[\\]］】]");

	public static ActionWording read(String wording) {
		List<String> tags = new ArrayList<>();
		String text = wording;
		if (hasBracket(wording)) {
			Matcher m = TAG.matcher(wording);
			StringBuilder rest = new StringBuilder();
			while (m.find()) {
				if (!tags.contains(m.group(1))) {
					tags.add(m.group(1));
				}
				m.appendReplacement(rest, "");
			}
			m.appendTail(rest);
			text = rest.toString();
		}
		text = text.strip();
		List<Target> targets = TargetParser.findAll(text);
		Schedule schedule = null;
		Optional<ScheduleParser.Found> found = ScheduleParser.find(text);
		if (found.isPresent()) {
			schedule = found.get().schedule();
			if (found.get().wholeGroup()) {
				// one space where the schedule stood, however many surrounded it
				text = (text.substring(0, found.get().start()).stripTrailing() + " "
						+ text.substring(found.get().end()).stripLeading()).strip();
			}
		}
		return new ActionWording(text, List.copyOf(tags), schedule, targets);
	}

	/** Every tag is bracketed: most wordings are turned away without the pattern. */
	private static boolean hasBracket(String wording) {
		return wording.indexOf('[') >= 0 || wording.indexOf('［') >= 0 || wording.indexOf('【') >= 0;
	}
}
