package org.mokuhyo.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The rows of the API's lists. Records of their own, so the wire format changes only on purpose.
 */
final class ApiItems {

	private ApiItems() {
	}

	/**
	 * A municipality (市区町村).
	 *
	 * @param code the 全国地方公共団体コード that names it in URLs (its name when it has none)
	 */
	record MunicipalityItem(String code, String name, int publishedSheets, String url) {
	}

	/** A fiscal year (年度) with sheets: published ones for the public, all for staff. */
	record FiscalYearItem(int fiscalYear, String label, int sheets) {
	}

	/** A department (部局) of the municipality. */
	record DepartmentItem(long id, String name) {
	}

	/**
	 * A sheet. The public sees published sheets only, as published ({@code version} = the published version); staff
	 * see every sheet as it stands, with its state in the cycle.
	 *
	 * @param status           DRAFT, SUBMITTED, HEARING_HELD, RESUBMITTED, APPROVED or PUBLISHED
	 * @param publishedVersion the version the public reads, null while none is published
	 * @param asOf             作成基準日 of the publication
	 * @param phase            PLAN, or REVIEW once the year-end review (振り返り) is under way or published
	 */
	record SheetItem(UUID id, String department, int fiscalYear, String fiscalYearLabel, int version, String status,
			String statusLabel, Integer publishedVersion, LocalDate asOf, String phase, int annualGoals,
			int midTermGoals, String url, String apiUrl) {
	}

	/**
	 * A goal of a published sheet: 当年度目標 ({@code ANNUAL}) or 中期目標 ({@code MID_TERM}).
	 *
	 * @param goalId the id the goal keeps across the sheet's versions
	 * @param url    the goal on the sheet's page
	 */
	record GoalItem(UUID sheetId, UUID goalId, int fiscalYear, String department, String kind, int number,
			String title, boolean priority, List<String> planCodes, List<Integer> policyNumbers, LocalDate asOf,
			String url) {
	}

	/**
	 * An action (取組み内容) of a published sheet's annual goal, or a sub-point under it.
	 *
	 * @param tags     新規 and/or 拡充
	 * @param schedule as the sheet words it, e.g. 7~2月; null when none
	 */
	record ActionItem(UUID sheetId, int fiscalYear, String department, int goalNumber, String itemLabel, String label,
			boolean subPoint, String text, List<String> tags, String schedule, String url) {
	}

	/**
	 * A node of the 総合計画 with the published goals linked to it or to a node under it.
	 *
	 * @param parentCode null at the top
	 */
	record PlanNodeItem(String code, String text, String parentCode, int depth, int goals, List<String> departments) {
	}

	/** One of the mayor's 基本政策 with the published goals linked to it. */
	record PolicyItem(int number, String title, int goals, List<String> departments) {
	}
}
