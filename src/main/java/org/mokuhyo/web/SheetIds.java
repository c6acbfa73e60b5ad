package org.mokuhyo.web;

import java.util.Optional;
import java.util.UUID;

/** Sheet ids in addresses. */
public final class SheetIds {

	private SheetIds() {
	}

	/**
	 * The id an address names, or empty: UUID.fromString accepts shortened groups ("1-1-1-1-1"); only the canonical
	 * form names a sheet, so each sheet has one address.
	 */
	public static Optional<UUID> parse(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
