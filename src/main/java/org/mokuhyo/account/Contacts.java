package org.mokuhyo.account;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail addresses of accounts (app_user.email, optional), for the reminders of due progress updates and the notices
 * of the cycle's steps: who edits, heads or acts for a department and can be written to. An account without an
 * address gets no mail.
 */
@Service
public class Contacts {

	// one @, no spaces, a dot in the domain: enough to catch typing mistakes; the mail server has the last word
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The enabled editors of the department that have an address, by username. */
	public List<Contact> editorsOf(long departmentId) {
		return ofDepartment(Role.EDITOR, departmentId);
	}

	/** The enabled heads of the department that have an address, by username. */
	public List<Contact> headsOf(long departmentId) {
		return ofDepartment(Role.HEAD, departmentId);
	}

	private List<Contact> ofDepartment(Role role, long departmentId) {
		return jdbc.sql("""
				select u.display_name, u.email from app_user u
				join user_role r on r.user_id = u.id and r.role = ?
				join user_department d on d.user_id = u.id and d.department_id = ?
				where u.enabled and u.email is not null order by u.username""")
			.params(role.name(), departmentId)
			.query((rs, row) -> new Contact(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * The enabled accounts of a role that acts for every department of the municipality the department belongs to
	 * (the mayor's office, the planning division): never another municipality's.
	 */
	public List<Contact> withRoleFor(Role role, long departmentId) {
		return jdbc.sql("""
				select u.display_name, u.email from app_user u join user_role r on r.user_id = u.id and r.role = ?
				where u.enabled and u.email is not null
				and u.municipality_id = (select d.municipality_id from department d where d.id = ?)
				order by u.username""")
			.params(role.name(), departmentId)
			.query((rs, row) -> new Contact(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** The account's address; null when it has none (or there is no such account). */
	public String email(long userId) {
		return jdbc.sql("select email from app_user where id = ?").param(userId).query(String.class).optional()
			.orElse(null);
	}

	/** Sets or (blank) removes the account's address. */
	@Transactional
	public void setEmail(long userId, String email) {
		String address = email == null || email.isBlank() ? null : email.strip();
		if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
			throw new AccountException("email", "メールアドレスの形式が正しくありません（例: taro@example.jp）。");
		}
		jdbc.sql("update app_user set email = ? where id = ?").param(address).param(userId).update();
	}

	public record Contact(String name, String email) {
	}
}
