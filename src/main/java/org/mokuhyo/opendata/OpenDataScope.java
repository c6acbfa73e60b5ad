package org.mokuhyo.opendata;

/**
 * Which published sheets an export holds.
 *
 * @param municipalityId   null for every municipality (the benchmark); a municipality not stored yet is an id no
 *                         sheet has (-1): its files are empty but for their headers
 * @param municipality     its name, for the licence's attribution; null for every municipality
 * @param municipalityCode 全国地方公共団体コード, null when unknown or for every municipality
 * @param fiscalYear       null for every year
 */
public record OpenDataScope(Long municipalityId, String municipality, String municipalityCode, Integer fiscalYear) {

	/** The same municipality, another year (null: every year). */
	public OpenDataScope year(Integer year) {
		return new OpenDataScope(municipalityId, municipality, municipalityCode, year);
	}
}
