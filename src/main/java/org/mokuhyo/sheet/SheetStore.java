package org.mokuhyo.sheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of goal sheets in PostgreSQL: the structured tables, and a versioned JSON snapshot of every save.
 */
public interface SheetStore {

	/**
	 * Stores the sheet, replacing the current one of the same municipality × department × fiscal year and keeping
	 * that as an earlier version. Must run inside the caller's transaction.
	 */
	default SavedSheet save(SheetData sheet, List<SheetWarning> warnings, String sourceName) {
		return save(sheet, warnings, sourceName, Change.importBy(null, null));
	}

	/**
	 * Stores the sheet as {@code change} says (who, why, from which version).
	 *
	 * @throws VersionConflictException when {@link Change#baseVersion()} is set and is no longer the current version
	 */
	SavedSheet save(SheetData sheet, List<SheetWarning> warnings, String sourceName, Change change);

	/** The sheet with its ids and version set, as {@link #snapshot} of its latest version gives it. */
	Optional<SheetData> find(UUID id);

	/**
	 * The version number of the sheet's latest version; empty for an unknown id. Cheap (for cache checks): may be up to
	 * two seconds behind a save made by another process; saves in this process are seen at once.
	 */
	Optional<Integer> currentVersion(UUID id);

	/** The id of the sheet's municipality (a sheet never moves to another); empty for an unknown id. */
	Optional<Long> municipalityOf(UUID id);

	/** The current version as its JSON text, exactly as stored: what the API serves, without re-serialising. */
	Optional<SheetJson> findJson(UUID id);

	/** That version's JSON text, exactly as stored. */
	Optional<SheetJson> findJson(UUID id, int version);

	Optional<SheetData> find(String municipality, String department, int fiscalYear);

	/** Sheets, newest fiscal year first, then by department; null filters match everything. */
	List<SheetSummary> list(Integer fiscalYear, String department);

	List<SheetWarning> warnings(UUID id);

	/** The sheet's versions, oldest first; empty for an unknown id. */
	List<SheetVersion> versions(UUID id);

	/** The sheet as stored in that version, with its id and version set. */
	Optional<SheetData> snapshot(UUID id, int version);

	/**
	 * Many sheets' snapshots in one query (a rebuild of a read copy reads thousands): the versions asked for, by sheet
	 * id; one that is not stored is missing from the answer.
	 */
	Map<UUID, SheetData> snapshots(Map<UUID, Integer> versions);
}
