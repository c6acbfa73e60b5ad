package org.mokuhyo.search;

/**
 * The facets of a search, each with the request parameter that filters by one of its values
 * ({@code /search?q=詐欺&year=2024&department=市民協働部}).
 */
public enum FacetDimension {

	YEAR("year", "年度", false),
	DEPARTMENT("department", "部局", false),
	/** Codes of the linked 総合計画 nodes and of the nodes above them: a goal linked to 5-1-(3) is also under 5-1 and 5. */
	PLAN("plan", "総合計画", true),
	/** Numbers of the linked 基本政策. */
	POLICY("policy", "基本政策", true),
	/** The tags of the goal's actions and sub-points (新規, 拡充). */
	TAG("tag", "新規・拡充", true),
	/** 重点 for a priority goal; nothing otherwise. */
	PRIORITY("priority", "重点", false),
	/** The goal's latest progress, rolled up from its actions (progress.RollUp); annual goals only. */
	PROGRESS("progress", "進捗状況", false),
	MUNICIPALITY("municipality", "自治体", false);

	private final String parameter;

	private final String label;

	private final boolean multiValued;

	FacetDimension(String parameter, String label, boolean multiValued) {
		this.parameter = parameter;
		this.label = label;
		this.multiValued = multiValued;
	}

	public String parameter() {
		return parameter;
	}

	public String label() {
		return label;
	}

	boolean multiValued() {
		return multiValued;
	}

	/** The index's name of the dimension. */
	String field() {
		return "facet_" + parameter;
	}
}
