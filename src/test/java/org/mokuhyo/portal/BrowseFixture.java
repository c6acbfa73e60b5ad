package org.mokuhyo.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.Workflows;

/**
 * A generated data set for the browse pages, in a municipality of its own (the tests share one database, and plan
 * codes and policy numbers are each municipality's): {@link SampleSheets#full} varied per department and year
 * (links, 【重点】), published as the city's archive; beside them a draft never published, a published sheet edited
 * since (the edit is a draft), one withdrawn, and one whose year-end review was published through the cycle. What
 * the public should see is computed from the published snapshots ({@link #published()}), never written down by hand.
 */
public final class BrowseFixture {

	public static final List<String> DEPARTMENTS = List.of("総務部", "財務部", "市民協働部", "福祉部", "健康医療部",
			"こども未来部", "環境部", "都市計画推進部", "上下水道局", "教育委員会事務局");

	public static final List<Integer> YEARS = List.of(2023, 2024);

	/** Codes and a policy only the draft, the later edit and the withdrawn sheet link to: nothing public may count them. */
	public static final String DRAFT_CODE = "9-9-(9)";

	public static final String EDIT_CODE = "9-8-(1)";

	public static final String WITHDRAWN_CODE = "9-7-(1)";

	public static final int DRAFT_POLICY = 99;

	public static final String DRAFT_TITLE = "下書きだけの目標";

	public static final String EDITED_TITLE = "公表後に編集した題名";

	public static final String REVIEWED_TITLE = "振り返りで公表した題名";

	public static final String WITHDRAWN_DEPARTMENT = "取下げ部";

	public static final String DRAFT_DEPARTMENT = "下書き部";

	public static final String EDITED_DEPARTMENT = "編集部";

	public static final String REVIEW_DEPARTMENT = "振り返り部";

	private final String municipality;

	private final SheetStore store;

	private final Workflows workflows;

	private final List<UUID> sheets = new ArrayList<>();

	private UUID edited;

	private UUID reviewed;

	private BrowseFixture(String municipality, SheetStore store, Workflows workflows) {
		this.municipality = municipality;
		this.store = store;
		this.workflows = workflows;
	}

	/** Builds the whole set (about two dozen sheets) in a new municipality. */
	public static BrowseFixture create(SheetStore store, Workflows workflows) {
		BrowseFixture fixture = new BrowseFixture("試験市-" + UUID.randomUUID().toString().substring(0, 8), store,
				workflows);
		fixture.build();
		return fixture;
	}

	public String municipality() {
		return municipality;
	}

	/** Every sheet of the set, published or not. */
	public List<UUID> sheets() {
		return List.copyOf(sheets);
	}

	/** The sheet published, then edited (its draft names {@link #EDITED_TITLE} and {@link #EDIT_CODE}). */
	public UUID edited() {
		return edited;
	}

	/** The sheet whose year-end review was published (its published version names {@link #REVIEWED_TITLE}). */
	public UUID reviewed() {
		return reviewed;
	}

	/** The published versions, as the public reads them, by sheet id (in the order they were made). */
	public Map<UUID, SheetData> published() {
		Map<UUID, SheetData> published = new LinkedHashMap<>();
		for (UUID id : sheets) {
			workflows.publishedVersion(id)
				.flatMap(version -> store.snapshot(id, version))
				.ifPresent(sheet -> published.put(id, sheet));
		}
		return published;
	}

	private void build() {
		for (int y = 0; y < YEARS.size(); y++) {
			for (int d = 0; d < DEPARTMENTS.size(); d++) {
				int i = y * DEPARTMENTS.size() + d;
				sheets.add(Publish.publish(workflows, save(variant(DEPARTMENTS.get(d), YEARS.get(y), i))));
			}
		}
		// never published
		SheetData draft = linked(variant(DRAFT_DEPARTMENT, 2024, 1), DRAFT_CODE, DRAFT_POLICY);
		sheets.add(save(SampleSheets.withTitle(draft, 1, DRAFT_TITLE)));
		// published, then edited: a new draft the public must not see
		edited = Publish.publish(workflows, save(variant(EDITED_DEPARTMENT, 2024, 2)));
		sheets.add(edited);
		SheetData later = linked(store.find(edited).orElseThrow(), EDIT_CODE, DRAFT_POLICY);
		store.save(SampleSheets.withTitle(later, 0, EDITED_TITLE), List.of(), "edit.txt");
		// published, then withdrawn
		UUID withdrawn = Publish.publish(workflows,
				save(linked(variant(WITHDRAWN_DEPARTMENT, 2024, 3), WITHDRAWN_CODE, DRAFT_POLICY)));
		workflows.take(withdrawn, Step.WITHDRAW, Actor.commandLine(), "取下げ", null);
		sheets.add(withdrawn);
		// the year-end review through the cycle: opened, written, approved, published
		reviewed = Publish.publish(workflows, save(variant(REVIEW_DEPARTMENT, 2023, 4)));
		sheets.add(reviewed);
		workflows.take(reviewed, Step.START_REVIEW, Actor.commandLine(), null, null);
		store.save(SampleSheets.withTitle(store.find(reviewed).orElseThrow(), 0, REVIEWED_TITLE), List.of(), "review.txt");
		workflows.take(reviewed, Step.SUBMIT, Actor.commandLine(), null, null);
		workflows.take(reviewed, Step.APPROVE_AS_HEAD, Actor.commandLine(), null, null);
		workflows.take(reviewed, Step.APPROVE_AS_EXECUTIVE, Actor.commandLine(), null, null);
		workflows.take(reviewed, Step.PUBLISH, Actor.commandLine(), null, java.time.LocalDate.of(2024, 5, 31));
	}

	private UUID save(SheetData sheet) {
		return store.save(sheet, List.of(), "browse.txt").id();
	}

	/**
	 * The full sample, varied by {@code i}: titles naming department and year, goal 3 linked to 3-2-(1) or 3-2-(2)
	 * (and every third one to policy 12), goal 1 【重点】 every fourth.
	 */
	SheetData variant(String department, int year, int i) {
		SheetData base = SampleSheets.full(municipality, null, department, year);
		List<AnnualGoal> goals = new ArrayList<>();
		for (AnnualGoal g : base.annualGoals()) {
			List<PlanLink> plans = new ArrayList<>(g.planLinks());
			List<PolicyLink> policies = new ArrayList<>(g.policyLinks());
			if (g.number() == 3) {
				plans.add(new PlanLink(i % 2 == 0 ? "3-2-(1)" : "3-2-(2)", i % 2 == 0 ? "子育て支援の充実" : "学びの環境づくり"));
				if (i % 3 == 0) {
					policies.add(new PolicyLink(12, "子育て・教育の充実"));
				}
			}
			boolean priority = g.priority() || (g.number() == 1 && i % 4 == 0);
			goals.add(new AnnualGoal(null, g.number(), department + year + " " + g.title(), priority, g.items(), plans,
					policies, g.review()));
		}
		List<MidTermGoal> midTerm = base.midTermGoals()
			.stream()
			.map(m -> new MidTermGoal(null, m.number(), department + year + " " + m.title(), m.description(),
					m.descriptionItems(), m.steps(), m.planLinks(), m.policyLinks()))
			.toList();
		return new SheetData(null, null, municipality, null, year, null, base.department(), base.missions(), base.policy(),
				goals, midTerm);
	}

	/** The sheet with goal 1 also linked to {@code code} and the policy, and its first action tagged 新規. */
	private static SheetData linked(SheetData sheet, String code, int policy) {
		List<AnnualGoal> goals = new ArrayList<>(sheet.annualGoals());
		AnnualGoal g = goals.get(0);
		List<PlanLink> plans = new ArrayList<>(g.planLinks());
		plans.add(new PlanLink(code, "下書きで初めて出た項目"));
		List<PolicyLink> policies = new ArrayList<>(g.policyLinks());
		policies.add(new PolicyLink(policy, "下書きで初めて出た政策"));
		goals.set(0, new AnnualGoal(g.id(), g.number(), g.title(), true, g.items(), plans, policies, g.review()));
		return new SheetData(sheet.id(), sheet.version(), sheet.municipality(), sheet.municipalityCode(),
				sheet.fiscalYear(), sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(), goals,
				sheet.midTermGoals());
	}

	// ---- what the public should see, from the published snapshots ----

	/** A goal as the lists name it: sheet, kind (A / M) and number. */
	public record GoalKey(UUID sheetId, String kind, int number) {
	}

	/** The goals linked to {@code code} or to a node under it. */
	public static Set<GoalKey> planGoals(Map<UUID, SheetData> published, String code) {
		Set<GoalKey> goals = new java.util.HashSet<>();
		published.forEach((id, sheet) -> {
			sheet.annualGoals().stream()
				.filter(g -> g.planLinks().stream().anyMatch(l -> under(l.code(), code)))
				.forEach(g -> goals.add(new GoalKey(id, "A", g.number())));
			sheet.midTermGoals().stream()
				.filter(g -> g.planLinks().stream().anyMatch(l -> under(l.code(), code)))
				.forEach(g -> goals.add(new GoalKey(id, "M", g.number())));
		});
		return goals;
	}

	public static Set<GoalKey> policyGoals(Map<UUID, SheetData> published, int number) {
		Set<GoalKey> goals = new java.util.HashSet<>();
		published.forEach((id, sheet) -> {
			sheet.annualGoals().stream()
				.filter(g -> g.policyLinks().stream().anyMatch(l -> l.number() == number))
				.forEach(g -> goals.add(new GoalKey(id, "A", g.number())));
			sheet.midTermGoals().stream()
				.filter(g -> g.policyLinks().stream().anyMatch(l -> l.number() == number))
				.forEach(g -> goals.add(new GoalKey(id, "M", g.number())));
		});
		return goals;
	}

	public static Set<GoalKey> priorityGoals(Map<UUID, SheetData> published) {
		Set<GoalKey> goals = new java.util.HashSet<>();
		published.forEach((id, sheet) -> sheet.annualGoals().stream()
			.filter(AnnualGoal::priority)
			.forEach(g -> goals.add(new GoalKey(id, "A", g.number()))));
		return goals;
	}

	/** The departments of those goals, by name. */
	public static Set<String> departments(Map<UUID, SheetData> published, Set<GoalKey> goals) {
		Set<String> names = new TreeSet<>();
		goals.forEach(g -> names.add(published.get(g.sheetId()).department().name()));
		return names;
	}

	/** How many actions and sub-points of the sheet carry the tag. */
	public static int tagged(SheetData sheet, String tag) {
		int count = 0;
		for (AnnualGoal goal : sheet.annualGoals()) {
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					count += action.tags().contains(tag) ? 1 : 0;
					for (SubItem sub : action.subItems()) {
						count += sub.tags().contains(tag) ? 1 : 0;
					}
				}
			}
		}
		return count;
	}

	private static boolean under(String linked, String code) {
		return linked != null && (linked.equals(code) || linked.startsWith(code + "-"));
	}
}
