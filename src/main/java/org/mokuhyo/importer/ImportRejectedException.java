package org.mokuhyo.importer;

/**
 * The input is not something to import at all (empty, binary, too large, wrong encoding, not a goal sheet,
 * truncated). Nothing is stored. Messy but readable input never throws this: it gives warnings instead.
 */
public class ImportRejectedException extends RuntimeException {

	private final String code;

	public ImportRejectedException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * EMPTY, BINARY, TOO_LARGE, ENCODING, NOT_A_SHEET, TRUNCATED, SECTION_EMPTY, TOO_COMPLEX, SNAPSHOT_UNREADABLE,
	 * CURRENT_UNREADABLE (confirm replace), WOULD_REMOVE (less than the current
	 * version, not confirmed); for PDFs NO_TEXT, ENCRYPTED, PDF_UNREADABLE.
	 */
	public String code() {
		return code;
	}
}
