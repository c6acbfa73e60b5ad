package org.mokuhyo.organization;

import java.util.Map;

/**
 * How much another module keeps under each municipality or department, for the administrators' lists and for the
 * rule that a department with sheets keeps its name. Every module that keeps something there depends on this one, so
 * this one cannot ask them: each implements this for what it owns (sheets: sheet, published sheets: portal, accounts:
 * account) and answers from its own tables, inside the caller's transaction.
 */
public interface OrganizationUsage {

	/** What is counted; each kind has exactly one implementation. */
	enum Kind {
		SHEETS, PUBLISHED_SHEETS, ACCOUNTS
	}

	Kind kind();

	/** By municipality id; municipalities with none left out. */
	Map<Long, Integer> perMunicipality();

	/** By department id, of that municipality's departments; departments with none left out. */
	Map<Long, Integer> perDepartment(long municipalityId);
}
