package org.mokuhyo.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.portal.GoalKind;
import org.mokuhyo.portal.PublicLists;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.sheet.SubItem;
import org.springframework.stereotype.Component;

/**
 * Goals and actions as staff read them: from every sheet's current version, drafts included (the read model holds
 * published versions only). Read sheet by sheet and filtered here, in the order of the public lists (newest year,
 * department by code point, place on the sheet); a municipality has tens of sheets a year, and only staff ask.
 */
@Component
class StaffLists {

	private final SheetStore store;

	StaffLists(SheetStore store) {
		this.store = store;
	}

	List<ApiItems.GoalItem> goals(String municipality, PublicLists.GoalQuery q) {
		List<ApiItems.GoalItem> goals = new ArrayList<>();
		for (SheetData sheet : sheets(municipality, q.fiscalYear(), q.department())) {
			if (q.kind() != GoalKind.MID_TERM) {
				for (AnnualGoal g : sheet.annualGoals()) {
					if ((q.priority() == null || q.priority() == g.priority())
							&& linked(g.planLinks(), g.policyLinks(), q)) {
						goals.add(goal(sheet, GoalKind.ANNUAL, g.id(), g.number(), g.title(), g.priority(),
								g.planLinks(), g.policyLinks()));
					}
				}
			}
			if (q.kind() != GoalKind.ANNUAL && !Boolean.TRUE.equals(q.priority())) {
				for (MidTermGoal g : sheet.midTermGoals()) {
					if (linked(g.planLinks(), g.policyLinks(), q)) {
						goals.add(goal(sheet, GoalKind.MID_TERM, g.id(), g.number(), g.title(), false, g.planLinks(),
								g.policyLinks()));
					}
				}
			}
		}
		return goals;
	}

	List<ApiItems.ActionItem> actions(String municipality, Integer fiscalYear, String department, String tag) {
		List<ApiItems.ActionItem> actions = new ArrayList<>();
		for (SheetData sheet : sheets(municipality, fiscalYear, department)) {
			for (AnnualGoal g : sheet.annualGoals()) {
				String url = "/sheets/" + sheet.id() + "#" + GoalKind.ANNUAL.anchor(g.number());
				for (GoalItem item : g.items()) {
					for (Action a : item.actions()) {
						if (tag == null || a.tags().contains(tag)) {
							actions.add(new ApiItems.ActionItem(sheet.id(), sheet.fiscalYear(), sheet.department().name(),
									g.number(), item.label(), a.label(), false, a.text(), a.tags(),
									a.schedule() == null ? null : a.schedule().text(), url));
						}
						for (SubItem s : a.subItems()) {
							if (tag == null || s.tags().contains(tag)) {
								actions.add(new ApiItems.ActionItem(sheet.id(), sheet.fiscalYear(),
										sheet.department().name(), g.number(), item.label(), a.label(), true, s.text(),
										s.tags(), s.schedule() == null ? null : s.schedule().text(), url));
							}
						}
					}
				}
			}
		}
		return actions;
	}

	/** The listed versions' snapshots, read {@link #BATCH} to a query (a city's year is some tens of sheets). */
	private List<SheetData> sheets(String municipality, Integer fiscalYear, String department) {
		List<SheetSummary> listed = store.list(fiscalYear, department)
			.stream()
			.filter(s -> s.municipality().equals(municipality))
			.sorted(Comparator.comparing(SheetSummary::fiscalYear, Comparator.reverseOrder())
				.thenComparing(SheetSummary::department)
				.thenComparing(SheetSummary::id))
			.toList();
		List<SheetData> sheets = new java.util.ArrayList<>(listed.size());
		for (int from = 0; from < listed.size(); from += BATCH) {
			List<SheetSummary> batch = listed.subList(from, Math.min(listed.size(), from + BATCH));
			java.util.Map<java.util.UUID, Integer> versions = new java.util.LinkedHashMap<>();
			batch.forEach(s -> versions.put(s.id(), s.version()));
			java.util.Map<java.util.UUID, SheetData> read = store.snapshots(versions);
			batch.stream().map(s -> read.get(s.id())).filter(java.util.Objects::nonNull).forEach(sheets::add);
		}
		return sheets;
	}

	private static final int BATCH = 100;

	/** The plan filter takes the node and every node under it, as the public list does; codes compared canonical. */
	private static boolean linked(List<PlanLink> plans, List<PolicyLink> policies, PublicLists.GoalQuery q) {
		boolean plan = q.planCode() == null || plans.stream()
			.map(l -> l.code() == null ? Optional.<String>empty() : PlanCode.normalize(l.code()))
			.flatMap(Optional::stream)
			.anyMatch(c -> c.equals(q.planCode()) || c.startsWith(q.planCode() + "-"));
		boolean policy = q.policy() == null || policies.stream().anyMatch(l -> l.number() == q.policy());
		return plan && policy;
	}

	private static ApiItems.GoalItem goal(SheetData sheet, GoalKind kind, java.util.UUID id, int number, String title,
			boolean priority, List<PlanLink> plans, List<PolicyLink> policies) {
		return new ApiItems.GoalItem(sheet.id(), id, sheet.fiscalYear(), sheet.department().name(), kind.name(), number,
				title, priority,
				plans.stream().map(l -> l.code() == null ? null : PlanCode.normalize(l.code()).orElse(l.code()))
					.filter(java.util.Objects::nonNull)
					.toList(),
				policies.stream().map(PolicyLink::number).toList(), null, "/sheets/" + sheet.id() + "#" + kind.anchor(number));
	}
}
