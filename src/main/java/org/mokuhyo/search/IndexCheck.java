package org.mokuhyo.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.index.IndexWriter;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.workflow.Workflows;

/**
 * The check of the index against the database, at start and whenever notes may have been missed: brings every sheet
 * whose published version differs from the indexed one in line, and removes the withdrawn (sheets published or
 * withdrawn while the server was down or not listening).
 */
final class IndexCheck {

	private final Workflows workflows;

	private final IndexedSheets indexed;

	IndexCheck(Workflows workflows, IndexedSheets indexed) {
		this.workflows = workflows;
		this.indexed = indexed;
	}

	void run(IndexWriter writer) throws IOException {
		if (indexed.isEmpty()) {
			indexed.load(writer);
		}
		Set<UUID> stillPublished = new HashSet<>();
		for (SheetSummary sheet : workflows.publishedSheets(null, null)) {
			stillPublished.add(sheet.id());
			if (!Integer.valueOf(sheet.version()).equals(indexed.version(sheet.id()))) {
				indexed.sync(writer, sheet.id(), sheet.version(), false);
			}
		}
		for (UUID gone : indexed.ids()) {
			if (!stillPublished.contains(gone)) {
				indexed.sync(writer, gone, null, false);
			}
		}
	}
}
