package org.mokuhyo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.mokuhyo.progress.ProgressStatus;

/** The searcher: checks a query's facet values and runs it on the last refreshed state of an open index. */
final class IndexSearch {

	private final Analyzer analyzer;

	private final FacetLabels labels;

	private volatile FacetState facetState;

	IndexSearch(Analyzer analyzer, FacetLabels labels) {
		this.analyzer = analyzer;
		this.labels = labels;
	}

	/**
	 * @param ready whether the index has been built or checked since the start (said in the result)
	 * @throws InvalidSearchException for a facet value of the wrong form
	 */
	SearchResult search(OpenIndex index, SearchQuery query, boolean ready) {
		checkFilters(query);
		try {
			IndexSearcher searcher = index.searchers().acquire();
			try {
				if (searcher.getIndexReader().numDocs() == 0) {
					return new SearchResult(query, 0, List.of(), List.of(), ready);
				}
				return new IndexQuery(searcher, facetState(searcher.getIndexReader()), analyzer).run(query, labels,
						ready);
			}
			finally {
				index.searchers().release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Facet ordinals of a reader, built once per refreshed reader (they cost a pass over its values). */
	private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		FacetState current = facetState;
		if (current == null || current.reader != reader) {
			current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, SheetDocuments.FACETS));
			facetState = current;
		}
		return current.state;
	}

	private static void checkFilters(SearchQuery query) {
		String year = query.filter(FacetDimension.YEAR);
		if (year != null && !year.matches("\\d{4}")) {
			throw new InvalidSearchException("INVALID_PARAMETER", "年度は西暦の4桁の数字で指定してください（例: 2024）。");
		}
		String policy = query.filter(FacetDimension.POLICY);
		if (policy != null && !policy.matches("\\d{1,4}")) {
			throw new InvalidSearchException("INVALID_PARAMETER", "基本政策は番号で指定してください（例: 45）。");
		}
		// a status the index never holds would answer an empty list as if no goal had it
		String progress = query.filter(FacetDimension.PROGRESS);
		if (progress != null && !SheetDocuments.UNREPORTED.equals(progress) && ProgressStatus.parse(progress) == null) {
			throw new InvalidSearchException("INVALID_PARAMETER", "進捗状況は " + SheetDocuments.UNREPORTED + ", "
					+ String.join(", ", Arrays.stream(ProgressStatus.values()).map(Enum::name).toList())
					+ " のどれかで指定してください。");
		}
	}

	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}
}
