package org.mokuhyo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * One search over an open index: the words as a query, the facet filters as drill-downs (each facet counted
 * sideways, without its own filter), the page's hits with the first field that matched and its snippet.
 */
final class IndexQuery {

	/** More values than this in a facet are left out (the most frequent are kept). */
	static final int MAX_FACET_VALUES = 100;

	private final IndexSearcher searcher;

	private final SortedSetDocValuesReaderState facetState;

	private final Analyzer analyzer;

	IndexQuery(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, Analyzer analyzer) {
		this.searcher = searcher;
		this.facetState = facetState;
		this.analyzer = analyzer;
	}

	SearchResult run(SearchQuery query, FacetLabels labels, boolean ready) throws IOException {
		Query words = new WordsParser(analyzer).words(query.text());
		DrillDownQuery filtered = new DrillDownQuery(SheetDocuments.FACETS, words);
		query.filters().forEach((dimension, value) -> filtered.add(dimension.field(), value));
		int wanted = query.page() * SearchQuery.PAGE_SIZE;
		// every hit counted exactly (the default stops counting at 1,000): the page says how many there are
		DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> found = new DrillSideways(searcher,
				SheetDocuments.FACETS, facetState)
			.search(filtered, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
		TopDocs top = found.collectorResult;
		ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, wanted - SearchQuery.PAGE_SIZE),
				top.scoreDocs.length);
		return new SearchResult(query, top.totalHits.value, hits(words, page), facets(found.facets, query, labels),
				ready);
	}

	private List<SearchHit> hits(Query words, ScoreDoc[] page) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
		SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new SnippetFormatter())
			.withBreakIterator(() -> new CustomSeparatorBreakIterator('\n')) // a passage is one entry
			.withMaxNoHighlightPassages(0) // a field without the words gives nothing, not its first line
			// offsets of the query's terms in each field (phrases still strictly), not weight matchers: those build
			// the whole many-field query's weight for every field of every hit, most of a search's time (JFR)
			.withWeightMatches(false));
		// a hit shows the first field (in MatchedField's order) that holds the words: the fields are highlighted one
		// after the other for the hits still without a snippet, so the later fields of most hits are never checked
		// (checking a phrase in a field costs span positions per field and hit: half of a search's time, JFR)
		MatchedField[] matched = new MatchedField[docs.length];
		Snippet[] snippets = new Snippet[docs.length];
		for (MatchedField candidate : MatchedField.values()) {
			int[] pending = java.util.stream.IntStream.range(0, docs.length).filter(i -> snippets[i] == null).toArray();
			if (pending.length == 0) {
				break;
			}
			Object[] found = highlighter.snippets(candidate.field(), words,
					Arrays.stream(pending).map(i -> docs[i]).toArray());
			for (int j = 0; j < pending.length; j++) {
				if (found[j] instanceof Snippet s) {
					matched[pending[j]] = candidate;
					snippets[pending[j]] = s;
				}
			}
		}
		StoredFields stored = searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < docs.length; i++) {
			Document doc = stored.document(docs[i]);
			MatchedField field = matched[i];
			Snippet snippet = snippets[i];
			if (snippet == null) { // matched by an exclusion alone, say: name the goal without a mark
				field = MatchedField.TITLE;
				snippet = Snippet.plain(doc.get(SheetDocuments.GOAL_TITLE));
			}
			Number number = doc.getField(SheetDocuments.GOAL_NUMBER) == null ? null
					: doc.getField(SheetDocuments.GOAL_NUMBER).numericValue();
			Number priority = doc.getField(SheetDocuments.PRIORITY) == null ? null
					: doc.getField(SheetDocuments.PRIORITY).numericValue();
			hits.add(new SearchHit(UUID.fromString(doc.get(SheetDocuments.SHEET_ID)), doc.get(SheetDocuments.MUNICIPALITY),
					doc.get(SheetDocuments.DEPARTMENT), doc.getField(SheetDocuments.FISCAL_YEAR).numericValue().intValue(),
					HitKind.valueOf(doc.get(SheetDocuments.KIND)), number == null ? null : number.intValue(),
					doc.get(SheetDocuments.GOAL_TITLE), priority != null && priority.intValue() == 1, field, snippet));
		}
		return hits;
	}

	/** The highlighter, giving the formatter's {@link Snippet}s rather than strings. */
	private static final class SnippetHighlighter extends UnifiedHighlighter {

		SnippetHighlighter(UnifiedHighlighter.Builder builder) {
			super(builder);
		}

		/** One passage of one field for each of the docs (in their order); null where the field lacks the words. */
		Object[] snippets(String field, Query query, int[] docs) throws IOException {
			return highlightFieldsAsObjects(new String[] { field }, query, docs, new int[] { 1 }).get(field);
		}
	}

	private static List<FacetCount> facets(Facets facets, SearchQuery query, FacetLabels labels) throws IOException {
		// a plan code or policy number means something within one municipality's plan only: worded when the hits
		// are of one municipality (or the search is narrowed to one), bare codes otherwise; this also spares a
		// search over many municipalities from reading every one's plan
		String municipality = query.filter(FacetDimension.MUNICIPALITY);
		if (municipality == null) {
			List<LabelAndValue> among = values(facets, FacetDimension.MUNICIPALITY);
			municipality = among.size() == 1 ? among.get(0).label : null;
		}
		FacetLabels.Labeller labeller = labels.forMunicipalities(
				municipality == null ? List.of() : List.of(municipality));
		List<FacetCount> counts = new ArrayList<>();
		for (FacetDimension dimension : FacetDimension.values()) {
			String selected = query.filter(dimension);
			List<FacetCount.Value> values = new ArrayList<>(values(facets, dimension).stream()
				.sorted(Comparator.comparing(v -> v.label, FacetLabels.order(dimension)))
				.map(v -> new FacetCount.Value(v.label, labeller.label(dimension, v.label), v.value.longValue(),
						v.label.equals(selected)))
				.toList());
			if (selected != null && values.stream().noneMatch(FacetCount.Value::selected)) {
				// filtered by a value no hit has: still shown (with 0) so it can be taken off
				values.add(0, new FacetCount.Value(selected, labeller.label(dimension, selected), 0, true));
			}
			counts.add(new FacetCount(dimension, values));
		}
		return counts;
	}

	private static List<LabelAndValue> values(Facets facets, FacetDimension dimension) throws IOException {
		FacetResult result;
		try {
			result = facets.getTopChildren(MAX_FACET_VALUES, dimension.field());
		}
		catch (IllegalArgumentException ex) {
			return List.of(); // no document has the dimension yet
		}
		return result == null ? List.of() : List.of(result.labelValues);
	}
}
