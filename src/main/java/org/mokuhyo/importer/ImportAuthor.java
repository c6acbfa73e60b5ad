package org.mokuhyo.importer;

/**
 * Who imports, as the sheet's history keeps it, and whether the sheet enters the cycle already published (an
 * administrator loading the city's archive of published sheets) rather than as a draft.
 *
 * @param userId null for the command line
 */
public record ImportAuthor(Long userId, String name, boolean published) {

	public static final ImportAuthor COMMAND_LINE = new ImportAuthor(null, "コマンドライン", false);

	public ImportAuthor asPublished() {
		return new ImportAuthor(userId, name, true);
	}
}
