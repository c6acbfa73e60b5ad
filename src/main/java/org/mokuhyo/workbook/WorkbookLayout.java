package org.mokuhyo.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the sheet 「行動」: the fixed ones, then per target slot its id, wording, value and unit, then per
 * quarter the status, an actual per target slot, the comment and the hidden version of the saved update. The
 * number of target slots is the most targets one action of the year has. The import finds columns by their header,
 * so a person may reorder or add columns.
 */
final class WorkbookLayout {

	static final String SHEET = "行動";

	static final String HELP_SHEET = "説明";

	static final String SHEET_ID = "シートID";

	static final String GOAL_ID = "目標ID";

	static final String ACTION_ID = "取組みID";

	/** The fixed columns after the ids, in order. */
	static final List<String> FIXED = List.of(SHEET_ID, GOAL_ID, ACTION_ID, "部局", "年度", "目標番号", "目標", "重点",
			"取組み事項", "行動", "新規/拡充", "スケジュール", "開始月", "終了月", "総合計画", "基本政策");

	static final int IDS = 3;

	private final int targetSlots;

	WorkbookLayout(int targetSlots) {
		this.targetSlots = Math.max(1, targetSlots);
	}

	int targetSlots() {
		return targetSlots;
	}

	static String targetId(int slot) {
		return "目標値ID" + slot;
	}

	static String targetText(int slot) {
		return "目標値" + slot;
	}

	static String targetValue(int slot) {
		return "数値" + slot;
	}

	static String targetUnit(int slot) {
		return "単位" + slot;
	}

	static String status(int quarter) {
		return "Q" + quarter + " 進捗状況";
	}

	static String actual(int quarter, int slot) {
		return "Q" + quarter + " 実績" + slot;
	}

	static String comment(int quarter) {
		return "Q" + quarter + " コメント";
	}

	static String version(int quarter) {
		return "Q" + quarter + " 版";
	}

	/** Every header, left to right. */
	List<String> headers() {
		List<String> headers = new ArrayList<>(FIXED);
		for (int t = 1; t <= targetSlots; t++) {
			headers.addAll(List.of(targetId(t), targetText(t), targetValue(t), targetUnit(t)));
		}
		for (int q = 1; q <= 4; q++) {
			headers.add(status(q));
			for (int t = 1; t <= targetSlots; t++) {
				headers.add(actual(q, t));
			}
			headers.add(comment(q));
			headers.add(version(q));
		}
		return headers;
	}

	int firstTargetColumn() {
		return FIXED.size();
	}

	/** The status column of the quarter; its actuals follow, then the comment and the version. */
	int statusColumn(int quarter) {
		return FIXED.size() + 4 * targetSlots + (quarter - 1) * (targetSlots + 3);
	}
}
