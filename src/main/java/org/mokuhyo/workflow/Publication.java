package org.mokuhyo.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When the published version of a sheet was published, and the 作成基準日 (the date it is "as of") it shows.
 */
public record Publication(Instant publishedAt, LocalDate asOf) {
}
