package org.mokuhyo.search;

import java.util.UUID;

/**
 * One goal (or a sheet's 使命・方針) that matched, with where it matched.
 *
 * @param goalNumber the goal's number, null for {@link HitKind#SHEET}
 * @param goalTitle  the goal's title; for {@link HitKind#SHEET} the kind's label
 * @param field      the first field, in {@link MatchedField}'s order, that holds the searched words
 */
public record SearchHit(UUID sheetId, String municipality, String department, int fiscalYear, HitKind kind,
		Integer goalNumber, String goalTitle, boolean priority, MatchedField field, Snippet snippet) {

	/** The fragment of the sheet page that shows the hit (goal-2, mid-term-1, policy). */
	public String anchor() {
		return kind.anchor(goalNumber);
	}
}
