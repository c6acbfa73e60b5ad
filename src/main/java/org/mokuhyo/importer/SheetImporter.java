package org.mokuhyo.importer;

/**
 * Parses a published goal sheet into the structured model. Pure: stores nothing, needs no Spring context.
 */
public final class SheetImporter {

	/** Inputs above this size are refused before reading. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	public static SheetImporter standard() {
		return new SheetImporter();
	}

	/**
	 * @throws ImportRejectedException when the input is not a readable goal sheet
	 */
	public ImportResult parse(byte[] content, String fileName, ImportOptions options) {
		throw new ImportRejectedException("NOT_A_SHEET", "取り込みはまだ実装されていません");
	}
}
