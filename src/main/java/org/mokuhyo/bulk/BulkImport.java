package org.mokuhyo.bulk;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A bulk import (一括取込み) and how far it has got.
 *
 * @param sourceName  the archive's file name, or the folder given on the command line
 * @param currentFile   the file being read now (while running)
 * @param runner        who runs it now (a process and its run); null when no one does
 * @param heartbeatAt   when its runner last showed life
 * @param interruptedAt when it was found without a runner, files left (its runner stopped or gone)
 */
public record BulkImport(UUID id, String sourceName, Integer fiscalYear, String municipality, boolean published,
		Instant createdAt, Long createdBy, String createdByName, String currentFile, String runner,
		Instant heartbeatAt, Instant interruptedAt, Instant finishedAt, int total, int imported, int withWarnings,
		int unchanged, int refused) {

	/**
	 * A runner beats every {@link #BEAT} on a thread of its own, whatever the file it reads: one silent for this long
	 * has stopped (its process was killed, or cannot reach the database).
	 */
	public static final Duration STALE = Duration.ofSeconds(30);

	public static final Duration BEAT = Duration.ofSeconds(5);

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
		if (runner != null && heartbeatAt != null && heartbeatAt.plus(STALE).isAfter(now)) {
			return BulkState.RUNNING;
		}
		return BulkState.INTERRUPTED;
	}
}
