package org.mokuhyo.web.history;

import java.time.Instant;

import org.mokuhyo.sheet.Change;
import org.mokuhyo.web.EraFormat;

/**
 * Wording of the history pages: when a version was saved and why, as staff read it. Given to the templates as
 * {@code labels}; stateless.
 */
final class VersionLabels {

	static final VersionLabels INSTANCE = new VersionLabels();

	private VersionLabels() {
	}

	/** 令和7年11月25日（2025年11月25日） 14:05, Tokyo time: the same wording as every other page (EraFormat). */
	public String savedAt(Instant instant) {
		return EraFormat.INSTANCE.dateTime(instant);
	}

	/** 取込み / 編集 / 復元 / 次年度作成 / 新規作成; a reason this page does not know yet is shown as stored. */
	public String reason(String reason) {
		if (reason == null) {
			return "—";
		}
		return switch (reason) {
			case Change.IMPORT -> "取込み";
			case Change.EDIT -> "編集";
			case Change.RESTORE -> "復元";
			case Change.NEXT_YEAR -> "次年度作成";
			case Change.NEW -> "新規作成";
			default -> reason;
		};
	}

	/** The author, or 「—」 where none was kept (the command line, sheets saved before authors were kept). */
	public String author(String authorName) {
		return authorName == null || authorName.isBlank() ? "—" : authorName;
	}
}
