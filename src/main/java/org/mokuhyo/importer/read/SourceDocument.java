package org.mokuhyo.importer.read;

import java.util.List;

/**
 * The intermediate form every reader produces: the document as rows of cells of blocks, each with its position in
 * the source. The structuring step only ever sees this, never a file format.
 */
public record SourceDocument(String name, List<SourceRow> rows, List<SourceNote> notes) {

	public SourceDocument {
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
	}
}
