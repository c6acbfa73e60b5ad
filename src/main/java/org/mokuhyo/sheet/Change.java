package org.mokuhyo.sheet;

/**
 * Why and by whom a save is made, as the version history keeps it.
 *
 * @param reason      {@link #IMPORT}, {@link #EDIT}, {@link #RESTORE} or {@link #NEXT_YEAR}
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

	public static Change importBy(Long authorId, String authorName) {
		return new Change(IMPORT, authorId, authorName, null);
	}

	public static Change edit(Long authorId, String authorName, int baseVersion) {
		return new Change(EDIT, authorId, authorName, baseVersion);
	}
}
