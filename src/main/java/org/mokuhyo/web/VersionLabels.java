package org.mokuhyo.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.Change;

/**
 * Wording of the history pages: when a version was saved and why, as staff read it. Given to the templates as
 * {@code labels}; stateless.
 */
final class VersionLabels {

	/** The city's clock: a save at 23:30 UTC is the next morning's work in Japan. */
	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final VersionLabels INSTANCE = new VersionLabels();

	private VersionLabels() {
	}

	/**
	 * 令和7年（2025年）11月25日 14:05. The era is that of the year ({@link Era}): saves are made now, long after
	 * 令和 began in May 2019, so the day an era changed need not be looked at.
	 */
	public String savedAt(Instant instant) {
		if (instant == null) {
			return "—";
		}
		ZonedDateTime t = instant.atZone(TOKYO);
		return Era.eraYear(t.getYear()) + "（" + t.getYear() + "年）" + t.getMonthValue() + "月" + t.getDayOfMonth()
				+ "日 " + String.format("%02d:%02d", t.getHour(), t.getMinute());
	}

	/** 取込み / 編集 / 復元 / 次年度作成; a reason this page does not know yet is shown as stored. */
	public String reason(String reason) {
		if (reason == null) {
			return "—";
		}
		return switch (reason) {
			case Change.IMPORT -> "取込み";
			case Change.EDIT -> "編集";
			case Change.RESTORE -> "復元";
			case Change.NEXT_YEAR -> "次年度作成";
			default -> reason;
		};
	}

	/** The author, or 「—」 where none was kept (the command line, sheets saved before authors were kept). */
	public String author(String authorName) {
		return authorName == null || authorName.isBlank() ? "—" : authorName;
	}
}
