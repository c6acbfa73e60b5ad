package org.mokuhyo.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes accounts: roles, departments, enabled or not, passwords. Every refusal is an
 * {@link AccountException} with a Japanese message. There is no default account: the first administrator is made
 * with the {@code create-admin} command.
 */
@Service
public class Accounts {

	/** Letters, digits and . _ @ - (staff numbers, e-mail-like names); the first one a letter or a digit. */
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,63}");

	public static final int MIN_PASSWORD_LENGTH = Passwords.MIN_LENGTH;

	private static final int MAX_DISPLAY_NAME = 100;

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Accounts(JdbcClient jdbc, Organizations organizations, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** A new, enabled account; returns its id. */
	@Transactional
	public long create(String username, String displayName, String password, long municipalityId, Set<Role> roles,
			Set<Long> departmentIds) {
		String name = username == null ? "" : username.strip();
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountException("username",
					"ユーザー名は半角英数字と . _ @ - で3〜64文字にしてください（先頭は英数字）。");
		}
		String display = checkDisplayName(displayName);
		Passwords.check("password", password, name);
		checkRolesAndDepartments(municipalityId, roles, departmentIds);
		if (findByUsername(name).isPresent()) {
			throw taken(name);
		}
		Instant now = clock.instant();
		long id;
		try {
			id = jdbc.sql("""
					insert into app_user (municipality_id, username, display_name, password_hash, enabled, created_at, updated_at)
					values (:municipality, :username, :display, :hash, true, :now, :now) returning id""")
				.param("municipality", municipalityId)
				.param("username", name)
				.param("display", display)
				.param("hash", Passwords.hash(password))
				.param("now", Timestamp.from(now))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw taken(name); // created meanwhile by someone else
		}
		writeRolesAndDepartments(id, roles, departmentIds);
		events.publishEvent(new AccountChanged(id, name, AccountChanged.Kind.CREATED, describe(roles, departmentIds)));
		return id;
	}

	private static String describe(Set<Role> roles, Set<Long> departmentIds) {
		return "役割: " + roles.stream().sorted().map(Role::label).collect(java.util.stream.Collectors.joining("・"))
				+ " / 担当部局: " + departmentIds.size() + "件";
	}

	/**
	 * An administrator of the named municipality (created when new; the code only fills in a municipality without
	 * one). Used by the {@code create-admin} command.
	 */
	@Transactional
	public long createAdministrator(String username, String displayName, String password, String municipality,
			String municipalityCode) {
		long municipalityId = organizations.findOrCreateMunicipality(municipality, municipalityCode).id();
		String display = displayName == null || displayName.isBlank() ? username : displayName;
		return create(username, display, password, municipalityId, Set.of(Role.ADMIN), Set.of());
	}

	/** Changes the display name, the roles and the departments. */
	@Transactional
	public void update(long id, String displayName, Set<Role> roles, Set<Long> departmentIds) {
		UserAccount account = require(id);
		String display = checkDisplayName(displayName);
		checkRolesAndDepartments(account.municipalityId(), roles, departmentIds);
		if (account.enabled() && account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			requireAnotherAdmin(id);
		}
		jdbc.sql("update app_user set display_name = :display, updated_at = :now where id = :id")
			.param("display", display)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
		jdbc.sql("delete from user_department where user_id = :id").param("id", id).update();
		writeRolesAndDepartments(id, roles, departmentIds);
		events.publishEvent(new AccountChanged(id, account.username(), AccountChanged.Kind.UPDATED,
				describe(roles, departmentIds)));
	}

	/** A disabled account cannot sign in, and its open sessions end with their next request. */
	@Transactional
	public void setEnabled(long id, boolean enabled) {
		UserAccount account = require(id);
		if (!enabled && account.enabled() && account.roles().contains(Role.ADMIN)) {
			requireAnotherAdmin(id);
		}
		jdbc.sql("update app_user set enabled = :enabled, updated_at = :now where id = :id")
			.param("enabled", enabled)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		events.publishEvent(new AccountChanged(id, account.username(),
				enabled ? AccountChanged.Kind.ENABLED : AccountChanged.Kind.DISABLED, null));
	}

	/** The user's own change: the current password is required. */
	@Transactional
	public void changePassword(long id, String currentPassword, String newPassword) {
		UserAccount account = require(id);
		String hash = passwordHash(id);
		if (!Passwords.matches(currentPassword, hash)) {
			throw new AccountException("currentPassword", "現在のパスワードが正しくありません。");
		}
		if (newPassword != null && newPassword.equals(currentPassword)) {
			throw new AccountException("password", "新しいパスワードは現在のものと違うものにしてください。");
		}
		Passwords.check("password", newPassword, account.username());
		writePassword(id, newPassword);
		events.publishEvent(new AccountChanged(id, account.username(), AccountChanged.Kind.PASSWORD_CHANGED, null));
	}

	/** An administrator sets a new password (to hand over to the user). */
	@Transactional
	public void resetPassword(long id, String newPassword) {
		UserAccount account = require(id);
		Passwords.check("password", newPassword, account.username());
		writePassword(id, newPassword);
		events.publishEvent(new AccountChanged(id, account.username(), AccountChanged.Kind.PASSWORD_RESET, null));
	}

	public Optional<UserAccount> find(long id) {
		return select("where u.id = :key", id).stream().findFirst();
	}

	/** Whatever the case of the name. */
	public Optional<UserAccount> findByUsername(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return select("where lower(u.username) = lower(:key)", username.strip()).stream().findFirst();
	}

	/** Every account, by municipality and username. */
	public List<UserAccount> list() {
		return select("", null);
	}

	/** The signed-in view of an enabled account; empty when it no longer exists or is disabled. */
	public Optional<CurrentUser> currentUser(long id) {
		return find(id).filter(UserAccount::enabled).map(UserAccount::toCurrentUser);
	}

	/** For the sign-in: an enabled account with its hash; disabled ones are as unknown as names never taken. */
	Optional<AccountPrincipal> principal(String username) {
		return findByUsername(username).filter(UserAccount::enabled)
			.map(account -> new AccountPrincipal(account.toCurrentUser(), passwordHash(account.id())));
	}

	private UserAccount require(long id) {
		return find(id).orElseThrow(() -> new AccountException(null, "指定されたユーザーは見つかりません。"));
	}

	private static AccountException taken(String username) {
		return new AccountException("username", "ユーザー名「" + username + "」はすでに使われています。");
	}

	private static String checkDisplayName(String displayName) {
		String display = displayName == null ? "" : displayName.strip();
		if (display.isEmpty()) {
			throw new AccountException("displayName", "表示名を入力してください。");
		}
		if (display.length() > MAX_DISPLAY_NAME) {
			throw new AccountException("displayName", "表示名は" + MAX_DISPLAY_NAME + "文字以内にしてください。");
		}
		return display;
	}

	private void checkRolesAndDepartments(long municipalityId, Set<Role> roles, Set<Long> departmentIds) {
		if (roles == null || roles.isEmpty()) {
			throw new AccountException("roles", "役割を1つ以上選んでください。");
		}
		boolean needsDepartments = roles.stream().anyMatch(Role::needsDepartments);
		if (needsDepartments && (departmentIds == null || departmentIds.isEmpty())) {
			throw new AccountException("departments", "部局編集者・部局長には担当部局を1つ以上選んでください。");
		}
		if (departmentIds != null && !departmentIds.isEmpty()) {
			Set<Long> own = new HashSet<>();
			for (DepartmentRef department : organizations.departments(municipalityId)) {
				own.add(department.id());
			}
			if (!own.containsAll(departmentIds)) {
				throw new AccountException("departments", "担当部局は、そのユーザーの自治体の部局から選んでください。");
			}
		}
	}

	// keeps at least one enabled administrator, or nobody could manage accounts any more
	private void requireAnotherAdmin(long id) {
		int others = jdbc.sql("""
				select count(*) from app_user u join user_role r on r.user_id = u.id
				where r.role = 'ADMIN' and u.enabled and u.id <> :id""")
			.param("id", id)
			.query(Integer.class)
			.single();
		if (others == 0) {
			throw new AccountException("roles", "最後の管理者です。ほかに有効な管理者がいないため、管理者の役割を外したり無効にしたりできません。");
		}
	}

	private void writeRolesAndDepartments(long id, Set<Role> roles, Set<Long> departmentIds) {
		for (Role role : roles) {
			jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		for (Long department : departmentIds == null ? Set.<Long>of() : departmentIds) {
			jdbc.sql("insert into user_department (user_id, department_id) values (:id, :department)")
				.param("id", id)
				.param("department", department)
				.update();
		}
	}

	private void writePassword(long id, String password) {
		jdbc.sql("update app_user set password_hash = :hash, updated_at = :now where id = :id")
			.param("hash", Passwords.hash(password))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	private String passwordHash(long id) {
		return jdbc.sql("select password_hash from app_user where id = :id").param("id", id).query(String.class).single();
	}

	private List<UserAccount> select(String where, Object key) {
		JdbcClient.StatementSpec statement = jdbc.sql("""
				select u.id, u.username, u.display_name, u.municipality_id, m.name, u.enabled, u.created_at, u.updated_at,
				       coalesce((select array_agg(r.role order by r.role) from user_role r where r.user_id = u.id), '{}'),
				       coalesce((select array_agg(d.department_id) from user_department d where d.user_id = u.id), '{}')
				from app_user u join municipality m on m.id = u.municipality_id
				""" + where + " order by m.name, lower(u.username)");
		if (key != null) {
			statement = statement.param("key", key);
		}
		Map<Long, UserAccount> accounts = new LinkedHashMap<>();
		statement.query((ResultSet rs) -> {
			UserAccount account = account(rs);
			accounts.put(account.id(), account);
		});
		return new ArrayList<>(accounts.values());
	}

	private static UserAccount account(ResultSet rs) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object role : (Object[]) rs.getArray(9).getArray()) {
			roles.add(Role.valueOf((String) role));
		}
		Set<Long> departments = new HashSet<>();
		for (Object department : (Object[]) rs.getArray(10).getArray()) {
			departments.add(((Number) department).longValue());
		}
		return new UserAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
				rs.getBoolean(6), roles, departments, rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant());
	}
}
