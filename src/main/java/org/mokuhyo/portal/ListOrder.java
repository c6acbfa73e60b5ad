package org.mokuhyo.portal;

/**
 * How a list across sheets is sorted: by one field, ascending or descending; ties fall back to year (newest
 * first), department, then the goal's and action's places on the sheet, so every page of a list is stable.
 */
public record ListOrder(Field field, boolean descending) {

	/** The fields a list may be sorted by. */
	public enum Field {
		/** fiscal year */
		YEAR,
		/** department name */
		DEPARTMENT,
		/** the goal's number (and, for actions, their place under it) */
		NUMBER
	}

	/** Newest year first. */
	public static final ListOrder DEFAULT = new ListOrder(Field.YEAR, true);
}
