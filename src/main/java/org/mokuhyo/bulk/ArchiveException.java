package org.mokuhyo.bulk;

/**
 * An archive refused as a whole: nothing is stored or started. Codes: NOT_FOUND, NOT_A_ZIP, NOT_AN_ARCHIVE (an Office
 * document), UNREADABLE_ZIP (truncated, or a directory pointing outside the file), UNREADABLE_FOLDER, EMPTY_ARCHIVE,
 * TOO_MANY_FILES, DUPLICATE_ENTRY (a name twice), OVERLAPPING_ENTRIES (entries sharing their bytes), ARCHIVE_TOO_LARGE
 * (over {@link ArchiveReader#MAX_TOTAL_BYTES} once inflated). The message is Japanese, never an exception's text.
 */
public class ArchiveException extends RuntimeException {

	private final String code;

	ArchiveException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
