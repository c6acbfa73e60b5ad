package org.mokuhyo.sheet;

import java.util.List;
import java.util.UUID;

/**
 * One goal sheet (部局長の目標) = municipality × department × fiscal year; the open-data JSON of the project.
 *
 * @param id               stored sheet id, null for a sheet only parsed ({@code convert})
 * @param municipality     municipality name, e.g. 豊中市
 * @param municipalityCode 全国地方公共団体コード, e.g. 272035, null when unknown
 * @param fiscalYear       western year the fiscal year starts in (April), e.g. 2024
 * @param fiscalYearLabel  the same as Japanese era text, e.g. 令和6年度
 * @param missions         部局の使命, in order, without their (1) labels
 */
public record SheetData(
		UUID id,
		Integer version,
		String municipality,
		String municipalityCode,
		int fiscalYear,
		String fiscalYearLabel,
		Department department,
		List<String> missions,
		Policy policy,
		List<AnnualGoal> annualGoals,
		List<MidTermGoal> midTermGoals) {

	public SheetData {
		missions = List.copyOf(missions);
		annualGoals = List.copyOf(annualGoals);
		midTermGoals = List.copyOf(midTermGoals);
	}

	/** The same sheet with storage identity attached. */
	public SheetData withIdentity(UUID newId, Integer newVersion) {
		return new SheetData(newId, newVersion, municipality, municipalityCode, fiscalYear, fiscalYearLabel,
				department, missions, policy, annualGoals, midTermGoals);
	}
}
