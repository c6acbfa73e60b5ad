package org.mokuhyo.importer;

/**
 * What the caller knows beyond the document: all optional.
 *
 * @param fiscalYear       the sheet's fiscal year; null to infer it from the document
 * @param municipality     municipality name; null for the deployment's default
 * @param municipalityCode its 全国地方公共団体コード, null when unknown
 */
public record ImportOptions(Integer fiscalYear, String municipality, String municipalityCode) {

	public static ImportOptions none() {
		return new ImportOptions(null, null, null);
	}
}
