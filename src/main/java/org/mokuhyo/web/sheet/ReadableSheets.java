package org.mokuhyo.web.sheet;

import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.SheetIds;
import org.mokuhyo.workflow.Workflows;
import org.springframework.stereotype.Component;

/**
 * The version of a sheet its reader may read, the one rule of the sheet page, its dashboard and its Excel and PDF
 * files: staff of the sheet's municipality the current version (a draft too), everyone else the published version.
 * Empty for a malformed id, an unknown sheet and, for the public, a sheet never published.
 */
@Component
public class ReadableSheets {

	/** The sheet as read, by whom, and whether they read it as staff (the current version). */
	public record Read(UUID id, SheetData sheet, CurrentUser user, boolean staff) {
	}

	private final SheetStore store;

	private final Access access;

	private final Workflows workflows;

	ReadableSheets(SheetStore store, Access access, Workflows workflows) {
		this.store = store;
		this.access = access;
		this.workflows = workflows;
	}

	public Optional<Read> find(String id) {
		Optional<UUID> parsed = SheetIds.parse(id);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		UUID sheetId = parsed.get();
		CurrentUser user = access.signedIn();
		boolean staff = access.canSeeDraftsOfSheet(user, sheetId);
		Optional<SheetData> sheet = staff ? store.find(sheetId)
				: workflows.publishedVersion(sheetId).flatMap(version -> store.snapshot(sheetId, version));
		return sheet.map(data -> new Read(sheetId, data, user, staff));
	}
}
