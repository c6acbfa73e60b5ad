package org.mokuhyo.account;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.stereotype.Component;

/**
 * The one place for who may do what. Pages, the API and the workflow ask here rather than checking roles
 * themselves. A {@code null} user is the public (not signed in). Also available to templates as {@code @access}.
 * <p>
 * One deployment may serve several municipalities: every staff right, an administrator's too, holds only within
 * the user's own municipality ({@link CurrentUser#municipalityId()}). Toward another municipality's sheets a user
 * is the public: published versions only. Within it, administrators act for every department; everyone else
 * through the departments assigned to them (a department belongs to exactly one municipality).
 */
@Component("access")
public class Access {

	private final Organizations organizations;

	private final SheetStore sheets;

	// a department never moves to another municipality, so its owner can be kept for the life of the process
	private final Map<Long, Long> departmentMunicipality = new ConcurrentHashMap<>();

	Access(Organizations organizations, SheetStore sheets) {
		this.organizations = organizations;
		this.sheets = sheets;
	}

	/** The user of the current request, or null for the public (for templates: {@code @access.signedIn()}). */
	public CurrentUser signedIn() {
		return CurrentUser.signedIn().orElse(null);
	}

	/**
	 * Has the administrator role (of their own municipality): opens the administrators' pages, which then show and
	 * change only {@link CurrentUser#municipalityId()}'s rows. For a municipality's data ask {@link #isAdminOf}.
	 */
	public boolean isAdmin(CurrentUser user) {
		return user != null && user.has(Role.ADMIN);
	}

	/** An administrator of that municipality. */
	public boolean isAdminOf(CurrentUser user, long municipalityId) {
		return isAdmin(user) && user.municipalityId() == municipalityId;
	}

	/**
	 * Staff of any role, for lists of their own municipality (drafts, import warnings). For one sheet ask
	 * {@link #canSeeDraftsOfSheet}, for a department {@link #canSeeDraftsOfDepartment}.
	 */
	public boolean canSeeDrafts(CurrentUser user) {
		return user != null && !user.roles().isEmpty();
	}

	/** Staff of that municipality. */
	public boolean canSeeDraftsOf(CurrentUser user, long municipalityId) {
		return canSeeDrafts(user) && user.municipalityId() == municipalityId;
	}

	/** Staff of the municipality the department belongs to. */
	public boolean canSeeDraftsOfDepartment(CurrentUser user, long departmentId) {
		return canSeeDrafts(user) && ownsDepartment(user, departmentId);
	}

	/**
	 * Staff of the sheet's municipality: sees its current version (a draft, one under review), its versions, warnings
	 * and history. Anyone else reads it as the public does. False for an unknown sheet.
	 */
	public boolean canSeeDraftsOfSheet(CurrentUser user, UUID sheetId) {
		if (!canSeeDrafts(user) || sheetId == null) {
			return false;
		}
		return sheets.municipalityOf(sheetId)
			.filter(municipality -> municipality == user.municipalityId())
			.isPresent();
	}

	/** May use the import at all (which sheet is then checked by {@link #canImportSheetOf}). */
	public boolean canImport(CurrentUser user) {
		return isAdmin(user) || (user != null && user.has(Role.EDITOR));
	}

	/** May change the sheets of that department: its editors, and the administrators of its municipality. */
	public boolean canEditDepartment(CurrentUser user, long departmentId) {
		if (user == null) {
			return false;
		}
		boolean editor = user.has(Role.EDITOR) && user.departmentIds().contains(departmentId);
		return (editor || isAdmin(user)) && ownsDepartment(user, departmentId);
	}

	/** May approve that department's submission as its head. */
	public boolean canApproveForDepartment(CurrentUser user, long departmentId) {
		return user != null && user.has(Role.HEAD) && user.departmentIds().contains(departmentId)
				&& ownsDepartment(user, departmentId);
	}

	/** The mayor's office (hearings, comments, final approval), of any municipality: for navigation only. */
	public boolean isExecutive(CurrentUser user) {
		return user != null && user.has(Role.EXECUTIVE);
	}

	/** The mayor's office of the municipality the department belongs to. */
	public boolean isExecutiveForDepartment(CurrentUser user, long departmentId) {
		return isExecutive(user) && ownsDepartment(user, departmentId);
	}

	/** An administrator of the municipality the department belongs to. */
	public boolean isAdminForDepartment(CurrentUser user, long departmentId) {
		return isAdmin(user) && ownsDepartment(user, departmentId);
	}

	/**
	 * May store a sheet for that municipality and department (by name, as read from the document): only of the user's
	 * own municipality. A department not stored yet can only be assigned to nobody, so only an administrator may
	 * import its first sheet.
	 */
	public boolean canImportSheetOf(CurrentUser user, String municipality, String department) {
		if (!canImport(user) || municipality == null || !municipality.strip().equals(municipalityName(user))) {
			return false;
		}
		if (isAdmin(user)) {
			return true;
		}
		if (department == null) {
			return false;
		}
		Optional<DepartmentRef> found = organizations.findDepartment(municipality.strip(), department);
		return found.isPresent() && canEditDepartment(user, found.get().id());
	}

	/** The name of the user's municipality; null for the public. */
	public String municipalityName(CurrentUser user) {
		return user == null ? null
				: organizations.findMunicipality(user.municipalityId()).map(MunicipalityRef::name).orElse(null);
	}

	private boolean ownsDepartment(CurrentUser user, long departmentId) {
		Long owner = departmentMunicipality.get(departmentId);
		if (owner == null) {
			owner = organizations.findDepartment(departmentId).map(DepartmentRef::municipalityId).orElse(null);
			if (owner == null) {
				return false;
			}
			departmentMunicipality.put(departmentId, owner);
		}
		return Objects.equals(owner, user.municipalityId());
	}
}
