package org.mokuhyo.sheet;

/**
 * Why and by whom a save is made, as the version history keeps it.
 *
 * @param reason      {@link #IMPORT}, {@link #EDIT}, {@link #RESTORE}, {@link #NEXT_YEAR} or {@link #NEW}
 * @param authorId    the account id; null for the command line
 * @param authorName  the name as shown then
 * @param baseVersion the version the author started from: the save is refused with
 *                    {@link VersionConflictException} when another save came first (null: no check, as an import
 *                    replaces whatever is there)
 */
public record Change(String reason, Long authorId, String authorName, Integer baseVersion) {

	public static final String IMPORT = "import";

	public static final String EDIT = "edit";

	public static final String RESTORE = "restore";

	public static final String NEXT_YEAR = "next-year";

	/** A sheet started empty in the browser. */
	public static final String NEW = "new";

	public static Change importBy(Long authorId, String authorName) {
		return new Change(IMPORT, authorId, authorName, null);
	}

	/**
	 * A sheet started empty: based on version 0, so a sheet of the same department and year saved first is never
	 * replaced ({@link VersionConflictException}, or {@link SavedSheet#replaced()} with nothing written when the
	 * content is the same).
	 */
	public static Change newSheet(Long authorId, String authorName) {
		return new Change(NEW, authorId, authorName, 0);
	}

	public static Change edit(Long authorId, String authorName, int baseVersion) {
		return new Change(EDIT, authorId, authorName, baseVersion);
	}
}
