package org.mokuhyo.account;

import java.util.Optional;

import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
import org.springframework.stereotype.Component;

/**
 * The one place for who may do what. Pages, the API and later the workflow ask here rather than checking roles
 * themselves. A {@code null} user is the public (not signed in). Also available to templates as {@code @access}.
 * <p>
 * Administrators act for every municipality (they keep the list of municipalities); everyone else acts through the
 * departments assigned to them, and a department belongs to exactly one municipality.
 */
@Component("access")
public class Access {

	private final Organizations organizations;

	Access(Organizations organizations) {
		this.organizations = organizations;
	}

	/** The user of the current request, or null for the public (for templates: {@code @access.signedIn()}). */
	public CurrentUser signedIn() {
		return CurrentUser.signedIn().orElse(null);
	}

	public boolean isAdmin(CurrentUser user) {
		return user != null && user.has(Role.ADMIN);
	}

	/** Staff of any role: sees drafts and import warnings, which the public never does. */
	public boolean canSeeDrafts(CurrentUser user) {
		return user != null && !user.roles().isEmpty();
	}

	/** May use the import at all (which sheet is then checked by {@link #canImportSheetOf}). */
	public boolean canImport(CurrentUser user) {
		return isAdmin(user) || (user != null && user.has(Role.EDITOR));
	}

	/** May change the sheets of that department. */
	public boolean canEditDepartment(CurrentUser user, long departmentId) {
		return isAdmin(user)
				|| (user != null && user.has(Role.EDITOR) && user.departmentIds().contains(departmentId));
	}

	/** May approve that department's submission as its head. */
	public boolean canApproveForDepartment(CurrentUser user, long departmentId) {
		return user != null && user.has(Role.HEAD) && user.departmentIds().contains(departmentId);
	}

	/** The mayor's office: hearings, comments, final approval. */
	public boolean isExecutive(CurrentUser user) {
		return user != null && user.has(Role.EXECUTIVE);
	}

	/**
	 * May store a sheet for that municipality and department (by name, as read from the document). A department not
	 * stored yet can only be assigned to nobody, so only an administrator may import its first sheet.
	 */
	public boolean canImportSheetOf(CurrentUser user, String municipality, String department) {
		if (isAdmin(user)) {
			return true;
		}
		if (!canImport(user) || municipality == null || department == null) {
			return false;
		}
		Optional<DepartmentRef> found = organizations.findDepartment(municipality, department);
		return found.isPresent() && canEditDepartment(user, found.get().id());
	}
}
