package org.mokuhyo.opendata;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Ids for what the sheet model keeps by position only: targets (目標値) and the links of a goal to the 総合計画 and the
 * 基本政策. A UUID version 5 (RFC 9562: SHA-1 of a namespace and a name) of the parent's stable id and the position,
 * so the same parent and place give the same id in every export, and a re-import that keeps the parent's id keeps
 * it too. Names: {@code <actionId>/target/<subItem>/<n>} (subItem -1 for the action's own targets, else the
 * sub-point's position from 0; n from 0), {@code <goalId>/plan-link/<n>}, {@code <goalId>/policy-link/<n>}.
 */
public final class DerivedIds {

	/** The namespace of every derived id (itself a v5 id of the URL namespace and "https://mokuhyo.org/open-data"). */
	public static final UUID NAMESPACE = v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
			"https://mokuhyo.org/open-data");

	private DerivedIds() {
	}

	public static UUID target(UUID actionId, int subItem, int position) {
		return v5(NAMESPACE, actionId + "/target/" + subItem + "/" + position);
	}

	public static UUID planLink(UUID goalId, int position) {
		return v5(NAMESPACE, goalId + "/plan-link/" + position);
	}

	public static UUID policyLink(UUID goalId, int position) {
		return v5(NAMESPACE, goalId + "/policy-link/" + position);
	}

	static UUID v5(UUID namespace, String name) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
				.putLong(namespace.getLeastSignificantBits()).array());
			byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
			ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bytes.getLong(), bytes.getLong());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is part of every Java runtime", ex);
		}
	}
}
