package org.mokuhyo.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mokuhyo.workflow.Phase;

/**
 * An annual or mid-term goal of a published sheet, for lists across sheets.
 *
 * @param planCodes     the 総合計画 codes it links to, in the sheet's order
 * @param policyNumbers the 基本政策 numbers it links to
 * @param asOf          作成基準日 of its sheet's publication
 */
public record PublicGoal(UUID sheetId, int fiscalYear, String department, GoalKind kind, int number, String title,
		boolean priority, List<String> planCodes, List<Integer> policyNumbers, LocalDate asOf, Phase phase) {

	public PublicGoal {
		planCodes = List.copyOf(planCodes);
		policyNumbers = List.copyOf(policyNumbers);
	}

	/** The id of the goal on its sheet's page. */
	public String anchor() {
		return kind.anchor(number);
	}
}
