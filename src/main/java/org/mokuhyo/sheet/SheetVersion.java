package org.mokuhyo.sheet;

import java.time.Instant;

/**
 * One stored version (版) of a sheet: every save that changed the content writes one.
 *
 * @param reason     why it was written, e.g. import
 * @param sourceName the file it was read from, null when none
 */
public record SheetVersion(int version, Instant createdAt, String reason, String sourceName) {
}
