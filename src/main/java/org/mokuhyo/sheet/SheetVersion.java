package org.mokuhyo.sheet;

import java.time.Instant;

/**
 * One stored version (版) of a sheet: every save that changed the content writes one.
 *
 * @param reason     why it was written: {@link Change#reason()}
 * @param sourceName the file it was read from, null when none
 * @param authorName who saved it, null when not known (the command line, sheets stored before authors were kept)
 */
public record SheetVersion(int version, Instant createdAt, String reason, String sourceName, String authorName) {
}
