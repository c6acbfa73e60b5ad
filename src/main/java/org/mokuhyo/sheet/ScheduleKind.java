package org.mokuhyo.sheet;

/**
 * What a schedule wording means.
 */
public enum ScheduleKind {
	/** 通年: the whole fiscal year, April–March. */
	WHOLE_YEAR,
	/** One month, e.g. 11月. */
	MONTH,
	/** A range inside the fiscal year, e.g. 7~2月 = July to the next February. */
	RANGE,
	/** From a month on, e.g. 4月以降. */
	FROM_MONTH,
	/** Starting in a month, e.g. 7月中に開始. */
	STARTING_IN,
	/** 上半期: April–September. */
	FIRST_HALF,
	/** 下半期: October–March. */
	SECOND_HALF,
	/** A wording kept as text that no rule reads. */
	UNPARSED
}
