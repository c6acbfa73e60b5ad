package org.mokuhyo.history;

/**
 * What happened to an entry between two fiscal years: the same, changed, added in the newer year or dropped from
 * it.
 */
public enum Difference {

	SAME("変更なし"), CHANGED("変更"), ADDED("追加"), DROPPED("削除");

	private final String label;

	Difference(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** In both years, changed or not. */
	public boolean kept() {
		return this == SAME || this == CHANGED;
	}

	/** An entry in the older year, the newer or both; {@code changed} counts only for one in both. */
	static Difference of(boolean inOlder, boolean inNewer, boolean changed) {
		if (!inOlder) {
			return ADDED;
		}
		if (!inNewer) {
			return DROPPED;
		}
		return changed ? CHANGED : SAME;
	}
}
