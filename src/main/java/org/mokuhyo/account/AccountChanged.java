package org.mokuhyo.account;

/**
 * An account was created or changed (roles, departments, enabled, password), inside the changing transaction: the
 * audit log records it with whoever was signed in.
 *
 * @param detail what changed, in Japanese, e.g. 役割: 部局編集者 / 担当部局: 2件
 */
public record AccountChanged(long accountId, String username, Kind kind, String detail) {

	public enum Kind {
		CREATED("利用者の作成"), UPDATED("役割・担当部局の変更"), ENABLED("利用の再開"), DISABLED("利用の停止"),
		PASSWORD_RESET("パスワードの再設定"), PASSWORD_CHANGED("パスワードの変更");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
