package org.mokuhyo.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check after {@code bench-edits} on one sheet. Every edit appends a marker of its own ({@code [u12-n3]}) and
 * nobody removes one, so the versions must grow by exactly the saves the clients saw succeed: a save acknowledged
 * from base version b created version b + 1, which must hold its marker, and so must every later version (each
 * descends from it). A marker missing from either is a lost update. A marker of a save that was refused (409) must
 * be in no version at all.
 */
final class LostUpdates {

	static final Pattern MARKER = Pattern.compile("\\[u\\d+-n\\d+]");

	/** A save the client saw succeed: its marker and the version it was based on. */
	record Save(String marker, int baseVersion) {

		int createdVersion() {
			return baseVersion + 1;
		}
	}

	/**
	 * @param acknowledged     the saves the clients saw succeed
	 * @param lost             acknowledged saves whose marker is missing from the version they created or a later one
	 * @param refusedButStored refused saves whose marker is in some version
	 * @param versionsWritten  versions after the first (each should be one acknowledged save)
	 */
	record Result(int acknowledged, int lost, int refusedButStored, int versionsWritten, List<String> examples) {

		Result plus(Result other) {
			List<String> both = new ArrayList<>(examples);
			both.addAll(other.examples);
			return new Result(acknowledged + other.acknowledged, lost + other.lost,
					refusedButStored + other.refusedButStored, versionsWritten + other.versionsWritten,
					both.subList(0, Math.min(both.size(), MAX_EXAMPLES)));
		}
	}

	static final Result NONE = new Result(0, 0, 0, 0, List.of());

	private static final int MAX_EXAMPLES = 5;

	private LostUpdates() {
	}

	/**
	 * Checks one sheet whose versions are 1..{@code currentVersion}, {@code versionText} giving each one's stored
	 * text (where the markers were typed).
	 */
	static Result check(String sheet, Collection<Save> acknowledged, Collection<String> refused, int currentVersion,
			IntFunction<String> versionText) {
		List<Set<String>> markers = new ArrayList<>(currentVersion + 1);
		markers.add(Set.of()); // no version 0
		Set<String> anywhere = new HashSet<>();
		for (int v = 1; v <= currentVersion; v++) {
			Set<String> found = markers(versionText.apply(v));
			markers.add(found);
			anywhere.addAll(found);
		}
		int lost = 0;
		List<String> examples = new ArrayList<>();
		for (Save save : acknowledged) {
			int missingFrom = -1;
			for (int v = save.createdVersion(); v <= currentVersion && missingFrom < 0; v++) {
				if (!markers.get(v).contains(save.marker())) {
					missingFrom = v;
				}
			}
			if (save.createdVersion() > currentVersion) {
				missingFrom = save.createdVersion(); // acknowledged, but that version was never written
			}
			if (missingFrom >= 0) {
				lost++;
				if (examples.size() < MAX_EXAMPLES) {
					examples.add("%s: %s (based on version %d) is missing from version %d".formatted(sheet, save.marker(),
							save.baseVersion(), missingFrom));
				}
			}
		}
		int refusedButStored = 0;
		for (String marker : refused) {
			if (anywhere.contains(marker)) {
				refusedButStored++;
				if (examples.size() < MAX_EXAMPLES) {
					examples.add("%s: %s was refused (409) but is stored".formatted(sheet, marker));
				}
			}
		}
		return new Result(acknowledged.size(), lost, refusedButStored, currentVersion - 1, examples);
	}

	static Set<String> markers(String text) {
		Set<String> found = new HashSet<>();
		Matcher m = MARKER.matcher(text == null ? "" : text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
