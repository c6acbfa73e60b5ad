package org.mokuhyo.sheet;

import java.util.UUID;

/**
 * Another save reached the sheet first: the version the author started from is no longer the current one. Nothing
 * was written; the author sees the other change and merges (optimistic locking on the sheet).
 */
public class VersionConflictException extends RuntimeException {

	private final UUID sheetId;

	private final int baseVersion;

	private final int currentVersion;

	public VersionConflictException(UUID sheetId, int baseVersion, int currentVersion) {
		super("sheet " + sheetId + " is at version " + currentVersion + ", the change started from " + baseVersion);
		this.sheetId = sheetId;
		this.baseVersion = baseVersion;
		this.currentVersion = currentVersion;
	}

	public UUID sheetId() {
		return sheetId;
	}

	public int baseVersion() {
		return baseVersion;
	}

	public int currentVersion() {
		return currentVersion;
	}
}
