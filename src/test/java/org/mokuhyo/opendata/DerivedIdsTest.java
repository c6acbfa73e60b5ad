package org.mokuhyo.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DerivedIdsTest {

	@Test
	void version5AsRfc9562ComputesIt() {
		// RFC 9562 appendix A.4: the DNS namespace and "www.example.com"
		assertThat(DerivedIds.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
			.isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
	}

	@Test
	void theSamePlaceGivesTheSameIdAndAnotherPlaceAnother() {
		UUID action = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
		assertThat(DerivedIds.target(action, -1, 0)).isEqualTo(DerivedIds.target(action, -1, 0));
		assertThat(List.of(DerivedIds.target(action, -1, 0), DerivedIds.target(action, -1, 1),
				DerivedIds.target(action, 0, 0), DerivedIds.planLink(action, 0), DerivedIds.policyLink(action, 0)))
			.doesNotHaveDuplicates()
			.allSatisfy(id -> assertThat(id.version()).isEqualTo(5));
	}
}
