package org.mokuhyo.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mokuhyo.organization.Organizations;

/**
 * Accounts for tests, made through {@link Accounts} like any other: each with a unique username (the tests share
 * one database) and the same known password. Departments are named and created when new, in 豊中市 unless another
 * municipality is given.
 *
 * <pre>
 * TestUser editor = new TestUsers(accounts, organizations).editor("市民協働部");
 * web.signIn(editor);                                   // pages: form sign-in, then CSRF tokens on every post
 * request.header("Authorization", editor.basic());      // API: HTTP Basic
 * </pre>
 */
public final class TestUsers {

	public static final String MUNICIPALITY = "豊中市";

	public static final String PASSWORD = "test-password-0123";

	private final Accounts accounts;

	private final Organizations organizations;

	public TestUsers(Accounts accounts, Organizations organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	public TestUser admin() {
		return create(EnumSet.of(Role.ADMIN), MUNICIPALITY, List.of());
	}

	public TestUser viewer() {
		return create(EnumSet.of(Role.VIEWER), MUNICIPALITY, List.of());
	}

	public TestUser editor(String... departments) {
		return create(EnumSet.of(Role.EDITOR), MUNICIPALITY, List.of(departments));
	}

	/** Roles and departments of a municipality (both created when new). */
	public TestUser create(Set<Role> roles, String municipality, List<String> departments) {
		long municipalityId = organizations.findOrCreateMunicipality(municipality,
				MUNICIPALITY.equals(municipality) ? "272035" : null).id();
		Set<Long> departmentIds = new LinkedHashSet<>();
		for (String department : departments) {
			departmentIds.add(organizations.findOrCreateDepartment(municipalityId, department));
		}
		String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		long id = accounts.create(username, "試験 " + username, PASSWORD, municipalityId, roles, departmentIds);
		return new TestUser(id, username, PASSWORD);
	}

	/** A stored account and its password. */
	public record TestUser(long id, String username, String password) {

		/** The value of an {@code Authorization} header for HTTP Basic. */
		public String basic() {
			return "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		}
	}
}
