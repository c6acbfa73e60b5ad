package org.mokuhyo.organization;

/**
 * A municipality with what it holds, for the lists of the operators and administrators.
 *
 * @param sheets          every sheet, drafts included
 * @param publishedSheets the sheets with a published version
 */
public record MunicipalityRow(MunicipalityRef municipality, int departments, int sheets, int publishedSheets,
		int users) {
}
