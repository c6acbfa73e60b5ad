package org.mokuhyo.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.mokuhyo.opendata.DerivedIds;
import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.Target;

/**
 * Writes the year's workbook row by row with POI's streaming workbook (SXSSF): only a window of rows is in memory,
 * the rest goes to a compressed temporary file, so a year of any size takes the same heap. Then the header row
 * frozen, an autofilter over the rows, a drop-down of the status labels in each quarter's status column, the id and
 * version columns grey (versions hidden), and the sheet 「説明」.
 */
final class YearWorkbookWriter implements AutoCloseable {

	/** Rows kept in memory before they are flushed to the temporary file. */
	private static final int WINDOW = 200;

	private final WorkbookLayout layout;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final SXSSFSheet sheet;

	private final CellStyle text;

	private final CellStyle id;

	private int nextRow = 1;

	YearWorkbookWriter(int targetSlots) {
		this.layout = new WorkbookLayout(targetSlots);
		workbook.setCompressTempFiles(true);
		sheet = workbook.createSheet(WorkbookLayout.SHEET);
		text = workbook.createCellStyle();
		text.setWrapText(false);
		id = workbook.createCellStyle();
		Font grey = workbook.createFont();
		grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
		id.setFont(grey);
		header();
	}

	private void header() {
		CellStyle style = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		style.setWrapText(true);
		Row row = sheet.createRow(0);
		List<String> headers = layout.headers();
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(style);
			sheet.setColumnWidth(c, 256 * width(headers.get(c)));
		}
		for (int q = 1; q <= 4; q++) {
			sheet.setColumnHidden(layout.statusColumn(q) + layout.targetSlots() + 2, true);
		}
		sheet.createFreezePane(0, 1);
	}

	/** Characters wide: the ids are only keys for the import, the wording columns wide enough to read. */
	private static int width(String header) {
		return switch (header) {
			case WorkbookLayout.SHEET_ID, WorkbookLayout.GOAL_ID, WorkbookLayout.ACTION_ID -> 12;
			case "目標", "行動" -> 50;
			case "取組み事項" -> 36;
			case "部局", "スケジュール", "総合計画", "基本政策" -> 16;
			default -> header.startsWith("目標値ID") ? 12 : header.startsWith("目標値") ? 24
					: header.endsWith("コメント") ? 40 : header.endsWith("進捗状況") ? 12 : 9;
		};
	}

	/** The sheet's actions, a row each, with their progress of each quarter (quarter → action id → update). */
	void add(SheetData data, Map<Integer, Map<UUID, ActionProgress>> progress) {
		for (AnnualGoal goal : data.annualGoals()) {
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					row(data, goal, item, action, progress);
				}
			}
		}
	}

	private void row(SheetData data, AnnualGoal goal, GoalItem item, Action action,
			Map<Integer, Map<UUID, ActionProgress>> progress) {
		Row row = sheet.createRow(nextRow++);
		int c = 0;
		string(row, c++, data.id(), id);
		string(row, c++, goal.id(), id);
		string(row, c++, action.id(), id);
		string(row, c++, data.department() == null ? null : data.department().name(), text);
		number(row, c++, data.fiscalYear());
		number(row, c++, goal.number());
		string(row, c++, goal.title(), text);
		string(row, c++, goal.priority() ? "重点" : null, text);
		string(row, c++, labelled(item.label(), item.text()), text);
		string(row, c++, labelled(action.label(), action.text()), text);
		string(row, c++, String.join("・", action.tags()), text);
		string(row, c++, action.schedule() == null ? null : action.schedule().text(), text);
		number(row, c++, action.schedule() == null ? null : action.schedule().startMonth());
		number(row, c++, action.schedule() == null ? null : action.schedule().endMonth());
		string(row, c++, goal.planLinks().stream().map(PlanLink::code).collect(Collectors.joining(" ")), text);
		string(row, c++, goal.policyLinks().stream().map(l -> Integer.toString(l.number()))
			.collect(Collectors.joining(" ")), text);
		List<Map.Entry<TargetKey, Target>> targets = new ArrayList<>(Progresses.targets(action).entrySet());
		for (int t = 0; t < layout.targetSlots(); t++) {
			Map.Entry<TargetKey, Target> target = t < targets.size() ? targets.get(t) : null;
			if (target != null) {
				TargetKey key = target.getKey();
				string(row, c, DerivedIds.target(action.id(), key.subItem(), key.target()), id);
				string(row, c + 1, targetWording(action, key, target.getValue()), text);
				number(row, c + 2, target.getValue().value());
				string(row, c + 3, target.getValue().unit(), text);
			}
			c += 4;
		}
		for (int q = 1; q <= 4; q++) {
			ActionProgress saved = progress.getOrDefault(q, Map.of()).get(action.id());
			if (saved != null) {
				string(row, c, saved.status().label(), text);
				for (int t = 0; t < targets.size() && t < layout.targetSlots(); t++) {
					number(row, c + 1 + t, saved.actuals().get(targets.get(t).getKey()));
				}
				string(row, c + 1 + layout.targetSlots(), saved.comment(), text);
				number(row, c + 2 + layout.targetSlots(), saved.version());
			}
			c += layout.targetSlots() + 3;
		}
	}

	/** A sub-point's target names its sub-point: several sub-points may count the same thing. */
	private static String targetWording(Action action, TargetKey key, Target target) {
		if (key.subItem() == TargetKey.ACTION_ITSELF) {
			return target.text();
		}
		String sub = action.subItems().get(key.subItem()).text();
		if (sub != null && sub.length() > 20) {
			sub = sub.substring(0, 20) + "…";
		}
		return "・" + sub + "：" + target.text();
	}

	private static String labelled(String label, String text) {
		return ((label == null ? "" : label + " ") + (text == null ? "" : text)).strip();
	}

	private static void string(Row row, int column, Object value, CellStyle style) {
		if (value == null || value.toString().isEmpty()) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value.toString());
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, Number value) {
		if (value == null) {
			return;
		}
		row.createCell(column).setCellValue(value instanceof BigDecimal d ? d.doubleValue() : value.doubleValue());
	}

	/** Finishes the sheets and writes the workbook; the temporary file is removed by {@link #close()}. */
	void finish(OutputStream out) {
		int last = Math.max(1, nextRow - 1);
		int lastColumn = layout.headers().size() - 1;
		sheet.setAutoFilter(new CellRangeAddress(0, last, 0, lastColumn));
		DataValidationHelper helper = sheet.getDataValidationHelper();
		String[] labels = Arrays.stream(ProgressStatus.values()).map(ProgressStatus::label).toArray(String[]::new);
		for (int q = 1; q <= 4; q++) {
			DataValidationConstraint list = helper.createExplicitListConstraint(labels);
			int column = layout.statusColumn(q);
			DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, last, column, column));
			validation.setShowErrorBox(true);
			validation.createErrorBox("進捗状況", "一覧から選んでください: " + String.join("、", labels));
			sheet.addValidationData(validation);
		}
		WorkbookHelp.write(workbook.createSheet(WorkbookLayout.HELP_SHEET), layout, labels);
		workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("mokuhyo");
		try {
			workbook.write(out);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int rows() {
		return nextRow - 1;
	}

	@Override
	public void close() {
		try {
			workbook.close(); // also deletes the temporary file of the rows
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
