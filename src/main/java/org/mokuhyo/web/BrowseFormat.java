package org.mokuhyo.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.kernel.Era;
import org.mokuhyo.portal.PublicGoal;
import org.mokuhyo.workflow.Phase;

/** Wording of the browse pages: years as 令和6年度（2024年度）, the publication of a row, the links of a goal. */
final class BrowseFormat {

	static final BrowseFormat INSTANCE = new BrowseFormat();

	private BrowseFormat() {
	}

	public String year(int fiscalYear) {
		return FiscalYears.display(fiscalYear);
	}

	/** 公表済み, or 振り返り公表済み when the published version carries the year-end review. */
	public String status(Phase phase) {
		return phase == Phase.REVIEW ? "振り返り公表済み" : "公表済み";
	}

	/** 作成基準日 令和6年4月1日（2024年4月1日）; empty when none is known. */
	public String asOf(LocalDate asOf) {
		return asOf == null ? "" : "作成基準日 " + Era.dateLabel(asOf);
	}

	public String departments(List<String> names) {
		return names.isEmpty() ? "なし" : String.join("、", names);
	}

	/** 総合計画 5-1-(3)、基本政策 45 */
	public String links(PublicGoal goal) {
		List<String> parts = new ArrayList<>();
		goal.planCodes().forEach(code -> parts.add("総合計画 " + code));
		goal.policyNumbers().forEach(number -> parts.add("基本政策 " + number));
		return parts.isEmpty() ? "—" : String.join("、", parts);
	}
}
