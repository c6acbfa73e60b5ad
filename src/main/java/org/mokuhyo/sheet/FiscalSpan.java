package org.mokuhyo.sheet;

/**
 * A span of fiscal years (年度) named in text, e.g. 令和6年度(2024年度)～令和9年度(2027年度).
 *
 * @param text     the source wording of the span
 * @param fromYear first fiscal year as a western year
 * @param toYear   last fiscal year; null when open-ended (～)
 * @param start    offset of the wording in the source text
 * @param end      offset just after it
 */
public record FiscalSpan(String text, Integer fromYear, Integer toYear, int start, int end) {
}
