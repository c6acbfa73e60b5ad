package org.mokuhyo.sheet;

/**
 * A step of a mid-term schedule (工程) with its fiscal-year span.
 *
 * @param label      ① or (1) as in the source, null when none
 * @param groupLabel the label of the heading the step sits under, e.g. (1); null at top level
 * @param groupTitle that heading's text, e.g. 地域自治の推進
 * @param spanText   the source wording of the span, e.g. 令和6年度(2024年度)～
 * @param fromYear   first fiscal year, null when the step names none
 * @param toYear     last fiscal year; null when open-ended (～) or none named
 */
public record MidTermStep(
		String label,
		String text,
		String groupLabel,
		String groupTitle,
		String spanText,
		Integer fromYear,
		Integer toYear) {
}
