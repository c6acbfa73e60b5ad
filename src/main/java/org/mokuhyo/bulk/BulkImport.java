package org.mokuhyo.bulk;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A bulk import (一括取込み) and how far it has got.
 *
 * @param sourceName  the archive's file name, or the folder given on the command line
 * @param currentFile the file being read now (while running)
 * @param heartbeatAt when its runner last showed life
 */
public record BulkImport(UUID id, String sourceName, Integer fiscalYear, String municipality, boolean published,
		Instant createdAt, Long createdBy, String createdByName, String currentFile, Instant heartbeatAt,
		Instant finishedAt, int total, int imported, int withWarnings, int unchanged, int refused) {

	/** A runner that has not shown life for this long has stopped: a file takes seconds at most. */
	public static final Duration STALE = Duration.ofMinutes(2);

	public int done() {
		return imported + withWarnings + unchanged + refused;
	}

	public int remaining() {
		return total - done();
	}

	/** Whole percent done, for the progress bar's text. */
	public int percent() {
		return total == 0 ? 100 : (int) (100L * done() / total);
	}

	public BulkState state(Instant now) {
		if (remaining() == 0) {
			return BulkState.DONE;
		}
		if (heartbeatAt != null && heartbeatAt.plus(STALE).isAfter(now)) {
			return BulkState.RUNNING;
		}
		return BulkState.INTERRUPTED;
	}
}
