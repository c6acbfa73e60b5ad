package org.mokuhyo.importer;

import org.springframework.core.env.Environment;

/**
 * The municipality (市区町村) an import belongs to when the caller names none: a sheet does not name its own city.
 * Configured as {@code mokuhyo.default-municipality.name} and {@code .code}.
 *
 * @param code its 全国地方公共団体コード, null when not configured
 */
public record DefaultMunicipality(String name, String code) {

	public static DefaultMunicipality from(Environment environment) {
		return new DefaultMunicipality(blankToNull(environment.getProperty("mokuhyo.default-municipality.name")),
				blankToNull(environment.getProperty("mokuhyo.default-municipality.code")));
	}

	/**
	 * The options with the default municipality where they name none. The default code only goes with the default
	 * name: another municipality's code stays unknown unless given.
	 */
	public ImportOptions applyTo(ImportOptions options) {
		ImportOptions given = options == null ? ImportOptions.none() : options;
		String municipality = blankToNull(given.municipality());
		String municipalityCode = blankToNull(given.municipalityCode());
		if (municipality == null) {
			municipality = name;
		}
		if (municipalityCode == null && municipality != null && municipality.equals(name)) {
			municipalityCode = code;
		}
		return new ImportOptions(given.fiscalYear(), municipality, municipalityCode, given.replace());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
