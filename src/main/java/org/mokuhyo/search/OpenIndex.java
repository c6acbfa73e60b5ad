package org.mokuhyo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The index as one process holds it open: its directory, the one writer (and the lock) and the searchers. */
record OpenIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {

	private static final Logger log = LoggerFactory.getLogger(OpenIndex.class);

	/** The {@link SearchIndex#FORMAT} of the last commit; null in a new index. */
	String format() {
		Map<String, String> data = new HashMap<>();
		if (writer.getLiveCommitData() != null) { // the last commit's; none in a new index
			writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
		}
		return data.get(SearchIndex.FORMAT_KEY);
	}

	/** Commits what the writer holds, marked with the current {@link SearchIndex#FORMAT}. */
	void commit() throws IOException {
		writer.setLiveCommitData(Map.of(SearchIndex.FORMAT_KEY, SearchIndex.FORMAT).entrySet());
		writer.commit();
	}

	/** How many sheets the searchers see. */
	int sheetCount() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.count(new TermQuery(new Term(SheetDocuments.KIND, HitKind.SHEET.name())));
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void close() {
		try {
			searchers.close();
			writer.close(); // commits what is pending
			directory.close();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Closing the search index failed: {}", ex.getMessage());
		}
	}
}
