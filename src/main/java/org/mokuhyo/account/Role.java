package org.mokuhyo.account;

/**
 * What a user may do. A user has one or more; the public (not signed in) has none. Stored by name in
 * {@code user_role}, and given to Spring Security as the authority {@code ROLE_<name>}.
 */
public enum Role {

	/** The planning division: municipalities, fiscal years, plan lists, departments, users. */
	ADMIN("管理者（企画部門）"),

	/** Edits the sheets of the departments assigned to them. */
	EDITOR("部局編集者"),

	/** Approves their department's submission. */
	HEAD("部局長"),

	/** The mayor's office: holds hearings, comments, approves. */
	EXECUTIVE("市長・副市長等"),

	/** Staff who read everything, drafts included, and change nothing. */
	VIEWER("職員（閲覧のみ）");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/** The Japanese name shown on pages. */
	public String label() {
		return label;
	}

	/** The name Spring Security's {@code hasRole} checks. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Roles that answer for particular departments and so need at least one. */
	public boolean needsDepartments() {
		return this == EDITOR || this == HEAD;
	}
}
