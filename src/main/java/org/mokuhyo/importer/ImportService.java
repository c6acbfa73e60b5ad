package org.mokuhyo.importer;

import org.springframework.stereotype.Service;

/**
 * Parses and stores a sheet in one transaction: a refused or failing import leaves the database as it was.
 */
@Service
public class ImportService {

	/**
	 * @throws ImportRejectedException when the input is not a readable goal sheet; nothing is stored then
	 */
	public ImportOutcome importSheet(byte[] content, String fileName, ImportOptions options) {
		throw new ImportRejectedException("NOT_A_SHEET", "取り込みはまだ実装されていません");
	}
}
