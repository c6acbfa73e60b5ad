package org.mokuhyo.sheet;

import java.util.UUID;

/**
 * A new version of a sheet was written (an import or an edit), inside the saving transaction: listeners that run
 * synchronously (the workflow) can still refuse it, which rolls the save back.
 *
 * @param first whether this is the sheet's first version
 */
public record SheetSaved(UUID sheetId, int version, boolean first, long municipalityId, long departmentId,
		int fiscalYear) {
}
