package org.mokuhyo.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log.
 *
 * @param actorName  who, as shown then (the command line, or the name tried at a failed sign-in)
 * @param department the department concerned, by name, null when none
 */
public record AuditEvent(long id, Instant at, Long actorId, String actorName, Kind kind, String department,
		UUID sheetId, String summary) {

	/** What kind of event (種別). */
	public enum Kind {
		SIGN_IN("ログイン"), SIGN_IN_FAILED("ログイン失敗"), ACCOUNT("利用者の変更"), STEP("手続き"), EXPORT("出力"),
		/** API tokens issued and revoked. */
		TOKEN("APIトークン");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
