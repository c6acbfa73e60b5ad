package org.mokuhyo.progress;

/**
 * 進捗状況 of an action in a quarter. {@link #severity} orders them for the roll-up ({@link RollUp}): the higher, the
 * more a goal needs attention.
 */
public enum ProgressStatus {

	NOT_STARTED("未着手", 3),
	ON_TRACK("順調", 2),
	AT_RISK("遅れ気味", 4),
	DELAYED("遅延", 5),
	DONE("完了", 1),
	/** 中止: left out of the roll-up and of the completion ratio. */
	STOPPED("中止", 0);

	private final String label;

	private final int severity;

	ProgressStatus(String label, int severity) {
		this.label = label;
		this.severity = severity;
	}

	public String label() {
		return label;
	}

	/** 遅延 5 > 遅れ気味 4 > 未着手 3 > 順調 2 > 完了 1 (中止 0: not counted). */
	public int severity() {
		return severity;
	}

	/** The status of a form value or stored name; null for none or an unknown one. */
	public static ProgressStatus parse(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		for (ProgressStatus status : values()) {
			if (status.name().equals(name.strip())) {
				return status;
			}
		}
		return null;
	}
}
