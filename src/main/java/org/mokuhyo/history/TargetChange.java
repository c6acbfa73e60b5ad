package org.mokuhyo.history;

import java.math.BigDecimal;

/**
 * A numeric target (目標値) of a goal in two fiscal years, matched by what it counts (label and unit): raised,
 * lowered, otherwise changed (another period, e.g. 人/年 for 人), the same, added or dropped.
 *
 * @param olderAction the label of the action carrying it in the older year, e.g. (2)①
 */
public record TargetChange(Movement movement, String label, String unit, String olderText, String newerText,
		BigDecimal olderValue, BigDecimal newerValue, String olderAction, String newerAction) {

	/** How the target moved. */
	public enum Movement {

		SAME("変わらず"), RAISED("引上げ"), LOWERED("引下げ"), CHANGED("変更"), ADDED("追加"), DROPPED("削除");

		private final String label;

		Movement(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The newer value less the older, for a target in both years with the same period; null otherwise. */
	public BigDecimal delta() {
		boolean comparable = movement == Movement.RAISED || movement == Movement.LOWERED || movement == Movement.SAME;
		return comparable && olderValue != null && newerValue != null
				? newerValue.subtract(olderValue).stripTrailingZeros() : null;
	}
}
