package org.mokuhyo.importer;

/**
 * What the caller knows beyond the document: all optional.
 *
 * @param fiscalYear       the sheet's fiscal year; null to infer it from the document
 * @param municipality     municipality name; null for the deployment's default
 * @param municipalityCode its 全国地方公共団体コード, null when unknown
 * @param replace          a person confirmed that the import may replace the current version with less content
 *                         (see {@link ContentLoss}); false refuses such an import with WOULD_REMOVE
 */
public record ImportOptions(Integer fiscalYear, String municipality, String municipalityCode, boolean replace) {

	public ImportOptions(Integer fiscalYear, String municipality, String municipalityCode) {
		this(fiscalYear, municipality, municipalityCode, false);
	}

	public static ImportOptions none() {
		return new ImportOptions(null, null, null);
	}

	/** The same options, with the person's confirmation that less content may replace more. */
	public ImportOptions replacing(boolean confirmed) {
		return new ImportOptions(fiscalYear, municipality, municipalityCode, confirmed);
	}
}
