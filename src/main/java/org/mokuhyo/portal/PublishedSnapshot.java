package org.mokuhyo.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.mokuhyo.workflow.Phase;

/**
 * One published sheet as the public reads it: the JSON text of its published version, exactly as stored, with its
 * publication.
 *
 * @param municipalityCode 全国地方公共団体コード of the municipality as stored now, null when not known
 * @param asOf             作成基準日, null when none was given
 * @param json             the snapshot of the published version (the sheet format)
 */
public record PublishedSnapshot(UUID sheetId, String municipality, String municipalityCode, int fiscalYear,
		String department, int publishedVersion, Instant publishedAt, LocalDate asOf, Phase phase, String json) {
}
