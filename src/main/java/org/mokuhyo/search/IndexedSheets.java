package org.mokuhyo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.SheetRollUp;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sheets in the index with the published version each was indexed at, and how one sheet's documents are made
 * what the database says. Used by one thread at a time (the worker, or the command line's rebuild).
 */
final class IndexedSheets {

	private static final Logger log = LoggerFactory.getLogger(IndexedSheets.class);

	private final SheetStore store;

	private final Progresses progresses;

	private final Map<UUID, Integer> versions = new HashMap<>();

	IndexedSheets(SheetStore store, Progresses progresses) {
		this.store = store;
		this.progresses = progresses;
	}

	Integer version(UUID sheetId) {
		return versions.get(sheetId);
	}

	List<UUID> ids() {
		return new ArrayList<>(versions.keySet());
	}

	boolean isEmpty() {
		return versions.isEmpty();
	}

	int size() {
		return versions.size();
	}

	void clear() {
		versions.clear();
	}

	/** A sheet added by a rebuild. */
	void added(UUID sheetId, int version) {
		versions.put(sheetId, version);
	}

	/**
	 * Makes the sheet's documents those of {@code publishedVersion}, or removes them when null.
	 *
	 * @param again re-index even when that version is indexed already (its progress changed)
	 */
	void sync(IndexWriter writer, UUID sheetId, Integer publishedVersion, boolean again) throws IOException {
		Term id = new Term(SheetDocuments.SHEET_ID, sheetId.toString());
		Optional<SheetData> sheet = publishedVersion == null ? Optional.empty() : published(sheetId, publishedVersion);
		if (sheet.isEmpty()) {
			if (versions.remove(sheetId) != null) {
				writer.deleteDocuments(id);
			}
			return;
		}
		if (!again && publishedVersion.equals(versions.get(sheetId))) {
			return;
		}
		writer.updateDocuments(id, SheetDocuments.of(sheet.get(), publishedVersion, progress(sheet.get())));
		versions.put(sheetId, publishedVersion);
	}

	/** The published version; empty when it cannot be read (it has no documents until a readable one is published). */
	private Optional<SheetData> published(UUID sheetId, int version) {
		try {
			return store.snapshot(sheetId, version);
		}
		catch (SnapshotUnreadableException ex) {
			log.warn("sheet {} version {} cannot be read and is left out of the index", sheetId, version);
			return Optional.empty();
		}
	}

	/** Each annual goal's progress: its actions' latest reports (a later quarter over an earlier), rolled up. */
	Map<UUID, String> progress(SheetData sheet) {
		Map<UUID, ActionProgress> latest = new HashMap<>();
		for (int quarter = 1; quarter <= 4; quarter++) {
			latest.putAll(progresses.of(sheet.id(), quarter));
		}
		SheetRollUp rollUp = SheetRollUp.of(sheet, latest);
		Map<UUID, String> byGoal = new HashMap<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			var status = rollUp.goal(goal.id()).status();
			byGoal.put(goal.id(), status == null ? SheetDocuments.UNREPORTED : status.name());
		}
		return byGoal;
	}

	/** The sheets in the index as committed, from their sheet documents. */
	void load(IndexWriter writer) throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(writer)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			TermQuery sheets = new TermQuery(new Term(SheetDocuments.KIND, HitKind.SHEET.name()));
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc doc : searcher.search(sheets, Math.max(1, reader.maxDoc())).scoreDocs) {
				Document document = stored.document(doc.doc);
				versions.put(UUID.fromString(document.get(SheetDocuments.SHEET_ID)),
						document.getField(SheetDocuments.PUBLISHED_VERSION).numericValue().intValue());
			}
		}
	}
}
