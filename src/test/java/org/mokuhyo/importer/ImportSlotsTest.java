package org.mokuhyo.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many reads a process runs at once, from its heap and processors. */
class ImportSlotsTest {

	private static final long MB = 1024 * 1024;

	@Test
	void theHeapBeyondTheRestDividedByARead_atMostOnePerProcessor_atLeastOne() {
		assertThat(ImportSlots.fromHeap(256 * MB, 8)).isEqualTo(1);
		assertThat(ImportSlots.fromHeap(384 * MB, 8)).isEqualTo(1);
		assertThat(ImportSlots.fromHeap(448 * MB, 8)).isEqualTo(2);
		assertThat(ImportSlots.fromHeap(4096 * MB, 2)).isEqualTo(2);
		assertThat(ImportSlots.fromHeap(4096 * MB, 64)).isEqualTo((int) ((4096 - 256) / 96));
	}
}
