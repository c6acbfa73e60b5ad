package org.mokuhyo.sheet;

/**
 * スケジュール of an action, parsed; months are calendar months (4 = April … 3 = March) inside the fiscal year.
 *
 * @param text       the source wording, e.g. 7~2月
 * @param startMonth first month, null when open or unknown
 * @param endMonth   last month, null when open or unknown
 */
public record Schedule(String text, ScheduleKind kind, Integer startMonth, Integer endMonth) {
}
