package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.importer.read.SourceRow.RowKind;

/** Placeholder: copied text, one row a line. */
final class ViewerCopyRows {

	private final List<SourceRow> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	static ViewerCopyRows of(List<LayoutLine> lines) {
		ViewerCopyRows out = new ViewerCopyRows();
		for (LayoutLine line : lines) {
			if (!line.isBlank()) {
				String t = line.text().strip();
				out.rows.add(new SourceRow(line.number(), RowKind.TEXT,
						List.of(new SourceCell(line.number(), 1, t, List.of(LayoutTable.plain(t))))));
			}
		}
		return out;
	}

	List<SourceRow> rows() {
		return rows;
	}

	List<String> notes() {
		return notes;
	}
}
