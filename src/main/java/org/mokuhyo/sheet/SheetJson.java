package org.mokuhyo.sheet;

/**
 * A version of a sheet as its open-data JSON text, exactly as stored (and as {@link SheetData} serialises).
 */
public record SheetJson(int version, String json) {
}
