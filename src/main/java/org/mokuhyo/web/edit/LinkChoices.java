package org.mokuhyo.web.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.plan.BasicPolicy;
import org.mokuhyo.plan.PlanCatalog;
import org.mokuhyo.plan.PlanNode;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;
import org.springframework.stereotype.Component;

/**
 * The 総合計画 nodes and 基本政策 a goal (annual or mid-term) may link to: the municipality's lists, with any link of
 * the goal the lists lack (so saving unchanged loses nothing); the edit forms offer them as checkboxes.
 */
@Component
class LinkChoices {

	private final Organizations organizations;

	private final PlanCatalog catalog;

	LinkChoices(Organizations organizations, PlanCatalog catalog) {
		this.organizations = organizations;
		this.catalog = catalog;
	}

	/** One choice of a link list: the code or number, its words, and whether the form has it ticked. */
	record Choice(String value, String label, boolean checked) {
	}

	/** The choices of one goal: code → wording, number → title, in the lists' order. */
	record Links(Map<String, String> plans, Map<Integer, String> policies) {

		List<Choice> planChoices(List<String> checked) {
			return plans.entrySet()
				.stream()
				.map(e -> new Choice(e.getKey(), e.getValue() == null ? e.getKey() : e.getKey() + " " + e.getValue(),
						checked.contains(e.getKey())))
				.toList();
		}

		List<Choice> policyChoices(List<Integer> checked) {
			return policies.entrySet()
				.stream()
				.map(e -> new Choice(e.getKey().toString(), e.getKey() + " " + (e.getValue() == null ? "" : e.getValue()),
						checked.contains(e.getKey())))
				.toList();
		}

		/** The links of the ticked codes; empty when one is not a choice (a forged or outdated form). */
		Optional<List<PlanLink>> planLinks(List<String> codes) {
			List<PlanLink> links = new ArrayList<>();
			for (String code : codes) {
				if (!plans.containsKey(code)) {
					return Optional.empty();
				}
				links.add(new PlanLink(code, plans.get(code)));
			}
			return Optional.of(links);
		}

		/** The links of the ticked numbers; empty when one is not a choice. */
		Optional<List<PolicyLink>> policyLinks(List<Integer> numbers) {
			List<PolicyLink> links = new ArrayList<>();
			for (Integer n : numbers) {
				if (!policies.containsKey(n)) {
					return Optional.empty();
				}
				links.add(new PolicyLink(n, policies.get(n)));
			}
			return Optional.of(links);
		}
	}

	Links of(SheetData sheet, List<PlanLink> planLinks, List<PolicyLink> policyLinks) {
		Map<String, String> plans = new LinkedHashMap<>();
		Map<Integer, String> policies = new LinkedHashMap<>();
		Optional<Long> municipality = organizations.findMunicipality(sheet.municipality()).map(MunicipalityRef::id);
		if (municipality.isPresent()) {
			for (PlanNode node : catalog.nodes(municipality.get())) {
				plans.put(node.code(), node.text());
			}
			for (BasicPolicy policy : catalog.policies(municipality.get())) {
				policies.put(policy.number(), policy.title());
			}
		}
		planLinks.forEach(l -> plans.putIfAbsent(l.code(), l.text()));
		policyLinks.forEach(l -> policies.putIfAbsent(l.number(), l.title()));
		return new Links(plans, policies);
	}
}
