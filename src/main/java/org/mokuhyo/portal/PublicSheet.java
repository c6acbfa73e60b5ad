package org.mokuhyo.portal;

import java.time.LocalDate;
import java.util.UUID;

import org.mokuhyo.workflow.Phase;

/**
 * A published sheet as the public lists it, with the counts of its published version.
 *
 * @param asOf            作成基準日 of the publication
 * @param phase           {@link Phase#REVIEW} when the published version carries the year-end review
 * @param newActions      actions and sub-points tagged 新規
 * @param expandedActions actions and sub-points tagged 拡充
 */
public record PublicSheet(UUID sheetId, String department, int fiscalYear, int version, LocalDate asOf, Phase phase,
		int annualGoals, int midTermGoals, int priorityGoals, int newActions, int expandedActions) {
}
