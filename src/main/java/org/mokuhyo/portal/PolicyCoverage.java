package org.mokuhyo.portal;

import java.util.List;

/**
 * A 基本政策 with what serves it in the published sheets.
 *
 * @param title       its title (the municipality's list, else a published link's), null when none is known
 * @param goals       annual and mid-term goals linked to it
 * @param departments the departments of those goals, by name
 */
public record PolicyCoverage(int number, String title, int goals, List<String> departments) {

	public PolicyCoverage {
		departments = List.copyOf(departments);
	}
}
