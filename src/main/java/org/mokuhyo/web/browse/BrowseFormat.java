package org.mokuhyo.web.browse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.portal.PublicGoal;
import org.mokuhyo.web.PageText;
import org.mokuhyo.workflow.Phase;

/**
 * Wording of the browse pages and the city-wide dashboards in the page's language: years as 令和6年度（2024年度） or
 * FY2024 (Reiwa 6), the publication of a row, the links of a goal.
 */
public final class BrowseFormat {

	private final PageText text;

	public BrowseFormat(PageText text) {
		this.text = text;
	}

	public String year(int fiscalYear) {
		return text.year(fiscalYear);
	}

	/** 公表済み, or 振り返り公表済み when the published version carries the year-end review. */
	public String status(Phase phase) {
		return text.get(phase == Phase.REVIEW ? "browse.status.review-published" : "browse.status.published");
	}

	/** 公表済み（第1版） */
	public String statusAndVersion(Phase phase, int version) {
		return text.get("browse.status.version", status(phase), version);
	}

	/** 作成基準日 令和6年4月1日（2024年4月1日）; empty when none is known. */
	public String asOf(LocalDate asOf) {
		return asOf == null ? "" : text.get("browse.as-of", text.date(asOf));
	}

	/** The departments' names joined (the sheets' own words), なし / none for none. */
	public String departments(List<String> names) {
		return names.isEmpty() ? text.get("browse.none") : String.join(text.get("browse.list-separator"), names);
	}

	/** 総合計画 5-1-(3)、基本政策 45 */
	public String links(PublicGoal goal) {
		List<String> parts = new ArrayList<>();
		goal.planCodes().forEach(code -> parts.add(text.get("browse.link.plan", code)));
		goal.policyNumbers().forEach(number -> parts.add(text.get("browse.link.policy", number)));
		return parts.isEmpty() ? "—" : String.join(text.get("browse.list-separator"), parts);
	}

	/** 2件, なし for none: a count of goals. */
	public String goals(int count) {
		return count == 0 ? text.get("browse.none") : text.get("browse.count", count);
	}

	/** 2件: a count of anything. */
	public String count(long count) {
		return text.get("browse.count", count);
	}

	/** 当年度目標 or 中期目標 */
	public String kind(org.mokuhyo.portal.GoalKind kind) {
		return text.get("browse.kind." + kind.name());
	}

	/** The page's words for a tag the sheets write: [新規] is New, [拡充] Expanded on an English page. */
	public String tag(String tag) {
		int i = BrowseFlagsController.TAGS.indexOf(tag);
		return i < 0 ? tag : text.get("browse.tag." + BrowseFlagsController.TAG_KEYS.get(i));
	}
}
