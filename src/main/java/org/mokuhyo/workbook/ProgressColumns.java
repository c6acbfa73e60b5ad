package org.mokuhyo.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mokuhyo.workbook.WorkbookRows.SourceRow;

/**
 * The columns of the year's workbook that one quarter's import reads, found by their headers in the first row (a
 * person may have moved or added columns). Target slots are numbered from 1; a slot has a target id column and,
 * when the quarter has one, an actual value column.
 */
record ProgressColumns(int sheetId, int actionId, Integer status, Integer comment, Integer version,
		Map<Integer, Integer> targetIds, Map<Integer, Integer> actuals, Map<Integer, String> headers) {

	/**
	 * @throws WorkbookRejectedException when a required header is missing
	 */
	static ProgressColumns find(SourceRow header, int quarter) {
		Map<String, Integer> byName = new HashMap<>();
		Map<Integer, String> names = new HashMap<>();
		header.cells().forEach((column, name) -> {
			byName.putIfAbsent(name.strip(), column);
			names.put(column, name.strip());
		});
		List<String> missing = new ArrayList<>();
		for (String required : List.of(WorkbookLayout.SHEET_ID, WorkbookLayout.ACTION_ID,
				WorkbookLayout.status(quarter), WorkbookLayout.comment(quarter), WorkbookLayout.version(quarter))) {
			if (!byName.containsKey(required)) {
				missing.add("「" + required + "」");
			}
		}
		if (!missing.isEmpty()) {
			throw new WorkbookRejectedException("MISSING_COLUMN", "1行目に見出し" + String.join("、", missing)
					+ "の列がありません。進行管理の一覧表としてダウンロードしたファイルを選んでください。");
		}
		Map<Integer, Integer> targetIds = new HashMap<>();
		Map<Integer, Integer> actuals = new HashMap<>();
		for (int t = 1; byName.containsKey(WorkbookLayout.targetId(t)); t++) {
			targetIds.put(t, byName.get(WorkbookLayout.targetId(t)));
			Integer actual = byName.get(WorkbookLayout.actual(quarter, t));
			if (actual != null) {
				actuals.put(t, actual);
			}
		}
		return new ProgressColumns(byName.get(WorkbookLayout.SHEET_ID), byName.get(WorkbookLayout.ACTION_ID),
				byName.get(WorkbookLayout.status(quarter)), byName.get(WorkbookLayout.comment(quarter)),
				byName.get(WorkbookLayout.version(quarter)), targetIds, actuals, names);
	}

	/** Whether the row is one to import: it names a sheet or an action, or something of the quarter is entered. */
	boolean holdsProgress(SourceRow row) {
		return row.cell(sheetId) != null || row.cell(actionId) != null || row.cell(status) != null
				|| row.cell(comment) != null || actuals.values().stream().anyMatch(column -> row.cell(column) != null);
	}

	String header(int column) {
		return headers.getOrDefault(column, "");
	}
}
