package org.mokuhyo.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;

/**
 * A published sheet as documents of the index: one per annual goal, one per mid-term goal, one for the sheet's 使命
 * and 方針 (which also carries the published version, so the index can be checked against the database). Each kind
 * of text is a field of its own, one line per entry, stored for the snippets; facets as sorted-set doc values.
 */
final class SheetDocuments {

	static final String SHEET_ID = "sheet_id";

	static final String KIND = "kind";

	static final String MUNICIPALITY = "municipality";

	static final String DEPARTMENT = "department";

	static final String FISCAL_YEAR = "fiscal_year";

	static final String GOAL_NUMBER = "goal_number";

	static final String GOAL_TITLE = "goal_title";

	static final String PRIORITY = "priority";

	static final String PUBLISHED_VERSION = "published_version";

	/** The value of {@link FacetDimension#PRIORITY} for a priority goal. */
	static final String PRIORITY_VALUE = "重点";

	/** The value of {@link FacetDimension#PROGRESS} for a goal without any report. */
	static final String UNREPORTED = "UNREPORTED";

	/** Tokenized, stored, with offsets in the postings so snippets need no second analysis. */
	private static final FieldType TEXT = textType();

	static final FacetsConfig FACETS = facetsConfig();

	private SheetDocuments() {
	}

	/**
	 * @param progress the latest progress of each annual goal by id ({@link FacetDimension#PROGRESS}'s values); goals
	 *                 missing from it are {@link #UNREPORTED}
	 */
	static List<Document> of(SheetData sheet, int publishedVersion, Map<UUID, String> progress) {
		List<Document> documents = new ArrayList<>();
		Document whole = base(sheet, HitKind.SHEET, null, HitKind.SHEET.label());
		whole.add(new StoredField(PUBLISHED_VERSION, publishedVersion));
		Map<MatchedField, List<String>> sheetText = new EnumMap<>(MatchedField.class);
		sheetText.put(MatchedField.MISSION, sheet.missions());
		if (sheet.policy() != null) {
			List<String> policy = new ArrayList<>();
			policy.add(sheet.policy().statement());
			policy.addAll(sheet.policy().items());
			sheetText.put(MatchedField.POLICY, policy);
			sheetText.put(MatchedField.SUMMARY, lines(sheet.policy().summary()));
		}
		documents.add(build(whole, sheetText, Map.of()));

		for (AnnualGoal goal : sheet.annualGoals()) {
			Document doc = base(sheet, HitKind.ANNUAL_GOAL, goal.number(), goal.title());
			doc.add(new StoredField(PRIORITY, goal.priority() ? 1 : 0));
			Map<MatchedField, List<String>> text = new EnumMap<>(MatchedField.class);
			text.put(MatchedField.TITLE, lines(goal.title()));
			List<Action> actions = goal.items().stream().flatMap(item -> item.actions().stream()).toList();
			List<SubItem> subItems = actions.stream().flatMap(action -> action.subItems().stream()).toList();
			text.put(MatchedField.ITEM, goal.items().stream().map(GoalItem::text).toList());
			text.put(MatchedField.ACTION, actions.stream().map(Action::text).toList());
			text.put(MatchedField.SUB_ITEM, subItems.stream().map(SubItem::text).toList());
			text.put(MatchedField.TARGET, Stream.concat(actions.stream().flatMap(a -> a.targets().stream()),
					subItems.stream().flatMap(s -> s.targets().stream())).map(Target::text).toList());
			if (goal.review() != null) {
				text.put(MatchedField.REVIEW_RESULTS, lines(goal.review().results()));
				text.put(MatchedField.REVIEW_ISSUES, lines(goal.review().issues()));
			}
			text.put(MatchedField.LINK, links(goal.planLinks(), goal.policyLinks()));
			Map<FacetDimension, Set<String>> facets = links(new EnumMap<>(FacetDimension.class), goal.planLinks(),
					goal.policyLinks());
			Set<String> tags = new LinkedHashSet<>();
			actions.forEach(action -> tags.addAll(action.tags()));
			subItems.forEach(subItem -> tags.addAll(subItem.tags()));
			facets.put(FacetDimension.TAG, tags);
			if (goal.priority()) {
				facets.put(FacetDimension.PRIORITY, Set.of(PRIORITY_VALUE));
			}
			facets.put(FacetDimension.PROGRESS, Set.of(progress.getOrDefault(goal.id(), UNREPORTED)));
			documents.add(build(doc, text, facets));
		}

		for (MidTermGoal goal : sheet.midTermGoals()) {
			Document doc = base(sheet, HitKind.MID_TERM_GOAL, goal.number(), goal.title());
			Map<MatchedField, List<String>> text = new EnumMap<>(MatchedField.class);
			text.put(MatchedField.TITLE, lines(goal.title()));
			text.put(MatchedField.MID_TERM_DESCRIPTION, description(goal));
			List<String> steps = new ArrayList<>();
			goal.steps().stream().map(MidTermStep::groupTitle).filter(Objects::nonNull).distinct().forEach(steps::add);
			goal.steps().stream().map(MidTermStep::text).forEach(steps::add);
			text.put(MatchedField.MID_TERM_STEP, steps);
			text.put(MatchedField.LINK, links(goal.planLinks(), goal.policyLinks()));
			documents.add(build(doc, text, links(new EnumMap<>(FacetDimension.class), goal.planLinks(),
					goal.policyLinks())));
		}
		return documents;
	}

	/** The codes of every node a goal is under: 5-1-(3) gives 5-1-(3), 5-1 and 5. */
	static Set<String> planCodes(List<PlanLink> links) {
		Set<String> codes = new LinkedHashSet<>();
		for (PlanLink link : links) {
			String code = PlanCode.normalize(link.code()).orElse(link.code());
			while (code != null && codes.add(code)) {
				try {
					code = PlanCode.parent(code);
				}
				catch (IllegalArgumentException ex) {
					code = null; // stored as read, not a code the plan knows: no nodes above it
				}
			}
		}
		return codes;
	}

	private static Map<FacetDimension, Set<String>> links(Map<FacetDimension, Set<String>> facets,
			List<PlanLink> planLinks, List<PolicyLink> policyLinks) {
		facets.put(FacetDimension.PLAN, planCodes(planLinks));
		Set<String> policies = new LinkedHashSet<>();
		policyLinks.forEach(link -> policies.add(Integer.toString(link.number())));
		facets.put(FacetDimension.POLICY, policies);
		return facets;
	}

	private static List<String> links(List<PlanLink> planLinks, List<PolicyLink> policyLinks) {
		List<String> lines = new ArrayList<>();
		planLinks.stream().map(PlanLink::text).filter(Objects::nonNull).forEach(lines::add);
		policyLinks.stream().map(PolicyLink::title).filter(Objects::nonNull).forEach(lines::add);
		return lines;
	}

	private static List<String> description(MidTermGoal goal) {
		if (goal.descriptionItems().isEmpty()) {
			return lines(goal.description());
		}
		List<String> lines = new ArrayList<>();
		for (DescriptionItem item : goal.descriptionItems()) {
			lines.add(item.text());
			lines.addAll(item.subItems());
		}
		return lines;
	}

	private static Document base(SheetData sheet, HitKind kind, Integer number, String title) {
		Document doc = new Document();
		doc.add(new StringField(SHEET_ID, sheet.id().toString(), Field.Store.YES));
		doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
		doc.add(new StoredField(MUNICIPALITY, sheet.municipality()));
		doc.add(new StoredField(DEPARTMENT, sheet.department().name()));
		doc.add(new StoredField(FISCAL_YEAR, sheet.fiscalYear()));
		if (number != null) {
			doc.add(new StoredField(GOAL_NUMBER, number));
		}
		doc.add(new StoredField(GOAL_TITLE, title == null ? "" : title));
		return doc;
	}

	private static Document build(Document doc, Map<MatchedField, List<String>> text,
			Map<FacetDimension, Set<String>> facets) {
		text.forEach((field, lines) -> {
			String joined = join(lines);
			if (!joined.isEmpty()) {
				doc.add(new Field(field.field(), joined, TEXT));
			}
		});
		String municipality = doc.get(MUNICIPALITY);
		String department = doc.get(DEPARTMENT);
		doc.add(new SortedSetDocValuesFacetField(FacetDimension.MUNICIPALITY.field(), municipality));
		doc.add(new SortedSetDocValuesFacetField(FacetDimension.DEPARTMENT.field(), department));
		doc.add(new SortedSetDocValuesFacetField(FacetDimension.YEAR.field(),
				doc.getField(FISCAL_YEAR).numericValue().toString()));
		facets.forEach((dimension, values) -> values.stream()
			.filter(value -> value != null && !value.isBlank())
			.forEach(value -> doc.add(new SortedSetDocValuesFacetField(dimension.field(), value))));
		try {
			return FACETS.build(doc);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex); // sorted-set facets write nowhere else: never happens
		}
	}

	/** One entry a line; line breaks inside an entry become spaces so a line is always one entry. */
	private static String join(List<String> lines) {
		StringBuilder joined = new StringBuilder();
		for (String line : lines) {
			if (line == null || line.isBlank()) {
				continue;
			}
			if (!joined.isEmpty()) {
				joined.append('\n');
			}
			joined.append(line.strip().replace('\n', ' ').replace('\r', ' '));
		}
		return joined.toString();
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : List.of(text);
	}

	private static FieldType textType() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		for (FacetDimension dimension : FacetDimension.values()) {
			config.setMultiValued(dimension.field(), dimension.multiValued());
		}
		return config;
	}
}
