package org.mokuhyo.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.mokuhyo.kernel.Era;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.plan.BasicPolicy;
import org.mokuhyo.plan.PlanCatalog;
import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.plan.PlanNode;
import org.mokuhyo.progress.ProgressStatus;
import org.springframework.stereotype.Component;

/**
 * Labels and order of facet values: 令和6年度（2024年度）, the wording of 総合計画 nodes and 基本政策 from the plan's
 * lists (of the municipalities among the hits), the Japanese names of progress statuses.
 */
@Component
class FacetLabels {

	private final PlanCatalog catalog;

	private final Organizations organizations;

	FacetLabels(PlanCatalog catalog, Organizations organizations) {
		this.catalog = catalog;
		this.organizations = organizations;
	}

	/** A labeller for one search, reading the plan's wording once for the municipalities named (none: bare codes). */
	Labeller forMunicipalities(Collection<String> municipalities) {
		Map<String, String> plan = new HashMap<>();
		Map<String, String> policies = new HashMap<>();
		for (String name : municipalities) {
			organizations.findMunicipality(name).ifPresent(municipality -> {
				for (PlanNode node : catalog.nodes(municipality.id())) {
					if (node.text() != null) {
						plan.putIfAbsent(node.code(), node.text());
					}
				}
				for (BasicPolicy policy : catalog.policies(municipality.id())) {
					if (policy.title() != null) {
						policies.putIfAbsent(Integer.toString(policy.number()), policy.title());
					}
				}
			});
		}
		return new Labeller(plan, policies);
	}

	/** Labels for the values of one search's facets. */
	record Labeller(Map<String, String> plan, Map<String, String> policies) {

		String label(FacetDimension dimension, String value) {
			return switch (dimension) {
				case YEAR -> year(value);
				case PLAN -> withWording(value, plan.get(value));
				case POLICY -> withWording(value, policies.get(value));
				case PRIORITY -> "重点目標";
				case PROGRESS -> progress(value);
				default -> value;
			};
		}
	}

	/** Newest year first, plan codes in the plan's order, policies by number, statuses as the enum lists them. */
	static Comparator<String> order(FacetDimension dimension) {
		return switch (dimension) {
			case YEAR -> Comparator.comparing(FacetLabels::number).reversed();
			case PLAN -> PlanCode.ORDER;
			case POLICY -> Comparator.comparing(FacetLabels::number);
			case PROGRESS -> Comparator.comparing(FacetLabels::progressOrder);
			default -> Comparator.naturalOrder();
		};
	}

	private static String year(String value) {
		try {
			int year = Integer.parseInt(value);
			return year >= 1926 ? Era.fiscalYearLabel(year) + "（" + year + "年度）" : year + "年度";
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private static String withWording(String value, String wording) {
		return wording == null ? value : value + " " + wording;
	}

	private static String progress(String value) {
		ProgressStatus status = ProgressStatus.parse(value);
		return status == null ? "未報告" : status.label();
	}

	private static int progressOrder(String value) {
		ProgressStatus status = ProgressStatus.parse(value);
		return status == null ? ProgressStatus.values().length : status.ordinal();
	}

	private static long number(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return Long.MAX_VALUE;
		}
	}
}
