package org.mokuhyo.portal;

import java.util.List;

/**
 * One page of a list across sheets.
 *
 * @param page     1-based
 * @param total    the rows of the whole list
 * @param items    this page's rows; empty when {@link #outOfRange()}
 */
public record ResultPage<T>(List<T> items, int total, int page, int pageSize) {

	public ResultPage {
		items = List.copyOf(items);
	}

	/** The last page there is (1 for an empty list). */
	public int lastPage() {
		return Math.max(1, (total + pageSize - 1) / pageSize);
	}

	/** Whether the page asked for lies past the list's end. */
	public boolean outOfRange() {
		return page > lastPage();
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < lastPage();
	}

	/** The 1-based place of this page's first row (0 for an empty list). */
	public int first() {
		return items.isEmpty() ? 0 : (page - 1) * pageSize + 1;
	}

	public int last() {
		return items.isEmpty() ? 0 : first() + items.size() - 1;
	}
}
