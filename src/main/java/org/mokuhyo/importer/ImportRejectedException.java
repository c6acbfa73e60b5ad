package org.mokuhyo.importer;

/**
 * The input is not something to import at all (empty, binary, too large, wrong encoding, not a goal sheet,
 * truncated). Nothing is stored. Messy but readable input never throws this: it gives warnings instead.
 */
public class ImportRejectedException extends RuntimeException {

	/**
	 * Every code a file's refusal carries (README, the API's errors); the fuzz test holds each refusal to this list.
	 * A refusal of the step an import would take (NOT_EDITABLE …) keeps the workflow's code.
	 */
	public static final java.util.Set<String> FILE_CODES = java.util.Set.of("EMPTY", "BINARY", "ENCODING",
			"NOT_A_SHEET", "TRUNCATED", "SECTION_EMPTY", "ENCRYPTED", "NO_TEXT", "PDF_UNREADABLE", "FISCAL_YEAR_UNKNOWN",
			"INVALID_FISCAL_YEAR", "NO_MUNICIPALITY", "TOO_LARGE", "TOO_MANY_LINES", "TOO_MANY_CELLS", "TOO_MANY_PAGES",
			"TOO_COMPLEX", "TIME_BUDGET", "WOULD_REMOVE", "BUSY", "SNAPSHOT_UNREADABLE", "CURRENT_UNREADABLE", "TOO_LONG");

	private final String code;

	public ImportRejectedException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * One of {@link #FILE_CODES}: EMPTY, BINARY, TOO_LARGE, ENCODING, NOT_A_SHEET, TRUNCATED, SECTION_EMPTY,
	 * TOO_COMPLEX (a sheet beyond {@code sheet.SheetLimits}), SNAPSHOT_UNREADABLE, CURRENT_UNREADABLE (confirm replace),
	 * WOULD_REMOVE (less than the current version, not confirmed); for PDFs NO_TEXT, ENCRYPTED, PDF_UNREADABLE; over
	 * the read budget TOO_LARGE, TOO_MANY_LINES, TOO_MANY_CELLS, TOO_MANY_PAGES, TOO_COMPLEX, TIME_BUDGET
	 * ({@code read.ReadBudget}); every import slot taken BUSY ({@link ImportBusyException}). A bulk
	 * import adds its own: for an archive {@code bulk.ArchiveException}, for one of its files {@code bulk.ArchiveEntry}
	 * (README lists them all).
	 */
	public String code() {
		return code;
	}
}
