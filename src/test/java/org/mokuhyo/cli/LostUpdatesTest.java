package org.mokuhyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LostUpdatesTest {

	/** Version 1 as imported, then three saves, each appending its marker to what the one before held. */
	private static final List<String> VERSIONS = List.of("使命", "使命[u1-n1]", "使命[u1-n1][u2-n1]",
			"使命[u1-n1][u2-n1][u1-n3]");

	@Test
	void savesThatEachDescendFromTheOneBeforeLoseNothing() {
		LostUpdates.Result result = LostUpdates.check("部", List.of(new LostUpdates.Save("[u1-n1]", 1),
				new LostUpdates.Save("[u2-n1]", 2), new LostUpdates.Save("[u1-n3]", 3)), List.of("[u2-n2]", "[u1-n2]"),
				4, v -> VERSIONS.get(v - 1));

		assertEquals(new LostUpdates.Result(3, 0, 0, 3, List.of()), result);
	}

	@Test
	void aSaveMissingFromALaterVersionIsLost() {
		// the third save was based on version 1's content although it was acknowledged as based on version 3
		List<String> versions = List.of("使命", "使命[u1-n1]", "使命[u1-n1][u2-n1]", "使命[u1-n1][u1-n3]");

		LostUpdates.Result result = LostUpdates.check("部", List.of(new LostUpdates.Save("[u1-n1]", 1),
				new LostUpdates.Save("[u2-n1]", 2), new LostUpdates.Save("[u1-n3]", 3)), List.of(), 4,
				v -> versions.get(v - 1));

		assertEquals(1, result.lost());
		assertEquals(List.of("部: [u2-n1] (based on version 2) is missing from version 4"), result.examples());
	}

	@Test
	void twoSavesAcknowledgedFromTheSameVersionLoseOne() {
		// both saw version 1 and both were told "saved": only one of them can be version 2
		LostUpdates.Result result = LostUpdates.check("部",
				List.of(new LostUpdates.Save("[u1-n1]", 1), new LostUpdates.Save("[u2-n1]", 1)), List.of(), 3,
				v -> List.of("使命", "使命[u1-n1]", "使命[u2-n1]").get(v - 1));

		assertEquals(2, result.lost()); // u2 is not in version 2, u1 is not in version 3
	}

	@Test
	void anAcknowledgedSaveWithoutItsVersionIsLostAndARefusedOneStoredIsCounted() {
		LostUpdates.Result result = LostUpdates.check("部",
				List.of(new LostUpdates.Save("[u1-n1]", 1), new LostUpdates.Save("[u2-n1]", 2)), List.of("[u3-n1]"), 2,
				v -> List.of("使命", "使命[u1-n1][u3-n1]").get(v - 1));

		assertEquals(1, result.lost());
		assertEquals(1, result.refusedButStored());
		assertEquals(1, result.versionsWritten());
	}

	@Test
	void findsTheMarkersInAStoredText() {
		assertEquals(Set.of("[u12-n3]", "[u1-n10]"),
				LostUpdates.markers("{\"missions\":[\"市民自治を推進します。[u12-n3][u1-n10]\",\"[u1-]\"]}"));
	}
}
