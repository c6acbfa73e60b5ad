package org.mokuhyo.web;

/**
 * The municipality and fiscal year a browse page is about.
 *
 * @param municipality   its name; null when no municipality is configured and none has published a sheet
 * @param municipalityId -1 when that municipality is not stored yet (every list is then empty)
 * @param explicit       named in the address ({@code ?municipality=}), so the page's links name it too
 * @param year           null for every year
 */
public record MunicipalityScope(String municipality, long municipalityId, boolean explicit, Integer year) {
}
