package org.mokuhyo.progress;

/**
 * Which target of an action an actual value is for: {@code subItem} -1 for the action's own targets, else the
 * position of the sub-point naming it; {@code target} the target's position there. Positions, because targets have
 * no ids of their own.
 */
public record TargetKey(int subItem, int target) {

	public static final int ACTION_ITSELF = -1;
}
