package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mokuhyo.importer.read.SourceCell;
import org.mokuhyo.importer.read.SourceRow;
import org.mokuhyo.kernel.JapaneseText;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.FiscalSpan;
import org.mokuhyo.sheet.FiscalSpanParser;

/**
 * Reads the sheet's header (部局・補職・氏名, and 年度・自治体 where written) whatever its cell order or spacing: labels
 * and values in alternate cells, a row of labels with their values in the row below, or one line with or without
 * colons (部局：市民協働部　補職：部長　氏名：宮城 節子), labels justified with a space inside (部　局).
 */
final class HeaderReader {

	private static final Map<String, String> KEYS = Map.of("部局", "department", "部局名", "department", "補職",
			"headTitle", "職名", "headTitle", "役職", "headTitle", "氏名", "headName", "部局長名", "headName", "年度",
			"fiscalYear", "自治体", "municipality", "市区町村", "municipality");

	/** A header label with a space inside it (部　局, 氏　名): justified in the cell, one word. */
	private static final Pattern SPACED_LABEL = Pattern.compile("(部|補|氏|職|役|年)\\s+(局|職|名|度)");

	private final Warnings warnings;

	private String department;

	private String headTitle;

	private String headName;

	private Integer fiscalYear;

	private String municipality;

	/** The labels by column, when a row held only labels (their values are in the next row). */
	private Map<Integer, String> labelColumns;

	HeaderReader(Warnings warnings) {
		this.warnings = warnings;
	}

	String department() {
		return department;
	}

	Department asDepartment() {
		return new Department(department, headTitle, headName);
	}

	Integer fiscalYear() {
		return fiscalYear;
	}

	String municipality() {
		return municipality;
	}

	/** True when the row was (part of) the header. */
	boolean accept(SourceRow row) {
		if (labelColumns != null && valuesUnderLabels(row)) {
			return true;
		}
		List<SourceCell> filled = row.filledCells();
		boolean matched = false;
		for (int i = 0; i < filled.size(); i++) {
			String key = key(filled.get(i).text());
			if (key != null && i + 1 < filled.size() && key(filled.get(i + 1).text()) == null) {
				i++;
				field(row, filled.get(i), key, filled.get(i).text());
				matched = true;
			}
		}
		if (!matched && filled.size() > 1 && filled.stream().allMatch(c -> key(c.text()) != null)) {
			// the labels in one row, their values in the row below (a clerk's layout)
			labelColumns = new LinkedHashMap<>();
			filled.forEach(c -> labelColumns.put(c.column(), key(c.text())));
			return true;
		}
		return matched || oneLine(row);
	}

	private void field(SourceRow row, SourceCell cell, String key, String value) {
		switch (key) {
			case "department" -> department = value;
			case "headTitle" -> headTitle = value;
			case "fiscalYear" -> fiscalYear(row, cell, value);
			case "municipality" -> municipality = value;
			default -> headName = value;
		}
	}

	private boolean valuesUnderLabels(SourceRow row) {
		Map<Integer, String> columns = labelColumns;
		labelColumns = null;
		boolean any = false;
		for (SourceCell cell : row.filledCells()) {
			String key = columns.get(cell.column());
			if (key != null && key(cell.text()) == null) {
				field(row, cell, key, cell.text());
				any = true;
			}
		}
		return any;
	}

	/** The header as one line: each label starts a field; its value runs to the next label. */
	private boolean oneLine(SourceRow row) {
		for (SourceCell cell : row.filledCells()) {
			String text = SPACED_LABEL.matcher(JapaneseText.normalize(cell.text())).replaceAll("$1$2");
			List<String[]> fields = new ArrayList<>();
			for (String token : text.split("(?<=[:：])|\\s+|(?=[:：])")) {
				String bare = token.replaceAll("[:：]", "");
				if (bare.isEmpty()) {
					continue;
				}
				String key = KEYS.get(bare);
				if (key != null) {
					fields.add(new String[] { key, "" });
				}
				else if (!fields.isEmpty()) {
					String[] field = fields.get(fields.size() - 1);
					field[1] = field[1].isEmpty() ? bare : field[1] + " " + bare;
				}
				else {
					return false; // words before the first label: not a header line
				}
			}
			if (fields.size() < 2 || fields.stream().anyMatch(f -> f[1].isEmpty())) {
				return false;
			}
			fields.forEach(f -> field(row, cell, f[0], f[1]));
			return true;
		}
		return false;
	}

	private static String key(String text) {
		return KEYS.get(SPACED_LABEL.matcher(JapaneseText.normalize(text)).replaceAll("$1$2").replace(" ", "")
			.replaceAll("[:：]$", ""));
	}

	private void fiscalYear(SourceRow row, SourceCell cell, String value) {
		List<FiscalSpan> spans = FiscalSpanParser.findAll(value);
		if (spans.isEmpty() || spans.get(0).fromYear() == null) {
			warnings.add(row.line(), cell.column(), "FISCAL_YEAR_UNREAD", "年度の記載を読み取れません", value);
			return;
		}
		fiscalYear = spans.get(0).fromYear();
	}
}
