package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.read.SourceBlock;
import org.mokuhyo.importer.read.SourceCell;
import org.mokuhyo.importer.read.SourceDocument;
import org.mokuhyo.importer.read.SourceRow;
import org.mokuhyo.kernel.JapaneseText;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.SheetWarning;

/**
 * The structuring step: a state machine over the rows of a {@link SourceDocument}, section by section
 * (header → 1 使命 → 2 方針 → 3 当年度目標 → 4 中期目標). It relies on the layout every department's sheet shares,
 * never on a particular sheet's sentences, and turns what it cannot place into positioned warnings.
 */
public final class SheetStructurer {

	private static final Pattern SECTION_NUMBER = Pattern.compile("^[0-9０-９]{1,2}\\s*[.．、]\\s*\\S.*");

	/** The words a sheet writes under a section it leaves empty: （なし）, 該当なし, 記載なし. */
	private static final Pattern NONE = Pattern.compile("^[(\\[【]?\\s*(なし|該当なし|記載なし)\\s*[)\\]】]?$");

	private static final Pattern POLICY_BULLET = Pattern.compile("(?<=\\s)(?=[○◯●・•])");

	/** A goal's number in its row's first cell: 1, １, 1. (a clerk's habit). */
	private static final Pattern GOAL_NUMBER = Pattern.compile("^([0-9０-９]{1,2})[.．]?$");

	/** The number column's title: No, No., №, 番号. */
	private static final Pattern NUMBER_TITLE = Pattern.compile("^(?i:no\\.?|№|番号)$");

	/** Section titles as the form words them, for a heading written without its number. */
	private static final List<String> SECTION_TITLES = List.of("部局の使命", "使命を遂行するための", "当年度目標と目標設定",
			"中期目標(概ね", "中期目標(おおむね");

	private static final Pattern LABELS = Pattern.compile("[(（][0-9０-９]{1,2}[)）]|[\\u2460-\\u2487]");

	/** Words of table column titles; a row made only of such cells is a header row. */
	private static final List<String> COLUMN_WORDS = List.of("当年度目標", "実績", "取組み事項", "取組みを行った", "課題・今後の方向性",
			"スケジュール", "工程", "めざす成果", "方針", "取り組みの総括");

	/** The form's title line (…部局長の目標), printed above the header on the official sheet and on exports. */
	private static final Pattern FORM_TITLE = Pattern.compile(".{0,60}部局長の目標.{0,40}");

	private static final Map<Section, String> SECTION_NAMES = Map.of(Section.PREAMBLE, "冒頭", Section.MISSIONS, "部局の使命",
			Section.POLICY, "取り組み方針", Section.ANNUAL, "当年度目標", Section.MID_TERM, "中期目標");

	enum Section {
		PREAMBLE, MISSIONS, POLICY, ANNUAL, MID_TERM
	}

	/**
	 * The structured content of a sheet before the fiscal year and municipality are settled.
	 *
	 * @param fiscalYear   the 年度 the header names (exports write it), null when it names none
	 * @param municipality the 自治体 the header names, null when it names none
	 */
	public record Structured(Department department, List<String> missions, String policyStatement,
			List<String> policyItems, String policySummary, List<AnnualGoal> annualGoals, List<MidTermGoal> midTermGoals,
			List<SheetWarning> warnings, Integer fiscalYear, String municipality) {
	}

	public Structured structure(SourceDocument document) {
		return new Run(document).run();
	}

	private static final class Run {

		private final SourceDocument document;

		private final Warnings warnings = new Warnings();

		private final HeaderReader header = new HeaderReader(warnings);

		private Section section = Section.PREAMBLE;

		private final List<String> missions = new ArrayList<>();

		private String policyStatement;

		private final List<String> policyItems = new ArrayList<>();

		private String policySummary;

		private Integer summaryColumn;

		private final List<AnnualGoal> annualGoals = new ArrayList<>();

		private final List<MidTermGoal> midTermGoals = new ArrayList<>();

		private AnnualGoalAssembler annual;

		private MidTermGoalAssembler midTerm;

		private boolean afterHeader;

		private int contentColumn = 2;

		/** The first review column (実績, 課題) of the current annual goal's table, null until its titles say. */
		private Integer reviewColumn;

		private int scheduleColumn = Integer.MAX_VALUE;

		/** The goal numbers as read, per section, for the self-check of their sequence. */
		private final List<StructureCheck.Positioned> annualNumbers = new ArrayList<>();

		private final List<StructureCheck.Positioned> midTermNumbers = new ArrayList<>();

		/** Each section heading met: where, and how many rows (and rows other than table headers) stood under it. */
		private final Map<Section, SectionSeen> seen = new java.util.EnumMap<>(Section.class);

		private final class SectionSeen {

			final int line;

			int rows;

			int contentRows;

			boolean none;

			SectionSeen(int line) {
				this.line = line;
			}
		}

		Run(SourceDocument document) {
			this.document = document;
			document.notes().forEach(n -> warnings.add(n.line(), n.column(), "SOURCE_NOTE", n.message(), null));
		}

		Structured run() {
			checkTruncation();
			for (SourceRow row : document.rows()) {
				if (row.isBlank()) {
					continue;
				}
				Section next = sectionOf(row);
				if (next != null) {
					finishGoal();
					section = next;
					afterHeader = false;
					seen.putIfAbsent(next, new SectionSeen(row.line()));
					continue;
				}
				SectionSeen under = seen.get(section);
				if (under != null && isNone(row)) {
					under.none = true; // the section left empty on purpose
					continue;
				}
				if (under != null) {
					under.rows++;
					under.contentRows += isHeaderRow(row) ? 0 : 1;
				}
				switch (section) {
					case PREAMBLE -> preamble(row);
					case MISSIONS -> missions(row);
					case POLICY -> policy(row);
					case ANNUAL, MID_TERM -> goalRow(row);
				}
			}
			finishGoal();
			if (annualGoals.isEmpty() && midTermGoals.isEmpty() && missions.isEmpty()) {
				throw new ImportRejectedException("NOT_A_SHEET",
						"部局長の目標の様式として読み取れませんでした（「当年度目標」「中期目標」などの見出しと表が見つかりません）。");
			}
			refuseEmptySections();
			if (annualGoals.isEmpty() && midTermGoals.isEmpty() && !seen.containsKey(Section.ANNUAL)
					&& !seen.containsKey(Section.MID_TERM)) {
				// every sheet has both; a file that ends before them is cut short, and would store a sheet of nothing
				throw new ImportRejectedException("TRUNCATED",
						"「当年度目標」と「中期目標」がありません。ファイルが途中で切れていないか確認してください。");
			}
			StructureCheck check = new StructureCheck(warnings);
			check.sequence("当年度目標", annualNumbers);
			check.sequence("中期目標", midTermNumbers);
			if (header.department() == null) {
				warnings.add(1, null, "DEPARTMENT_MISSING", "部局名が見つかりません", null);
			}
			if (annualGoals.isEmpty()) {
				warnings.add(1, null, "SECTION_MISSING", "「当年度目標」が見つかりません", null);
			}
			if (midTermGoals.isEmpty()) {
				warnings.add(1, null, "SECTION_MISSING", "「中期目標」が見つかりません", null);
			}
			return new Structured(header.asDepartment(), missions, policyStatement, policyItems, policySummary,
					annualGoals, midTermGoals, warnings.list(), header.fiscalYear(), header.municipality());
		}

		/**
		 * A section heading with nothing at all under it, or with rows of which nothing could be read, is a document
		 * cut short or not laid out as a sheet: storing it would pass an empty section off as the department's. A
		 * table with only its column titles is an empty section written on purpose (an export of a sheet without
		 * mid-term goals) and is kept, with its SECTION_MISSING warning.
		 */
		private void refuseEmptySections() {
			for (Map.Entry<Section, SectionSeen> e : seen.entrySet()) {
				SectionSeen under = e.getValue();
				boolean yielded = switch (e.getKey()) {
					case MISSIONS -> !missions.isEmpty();
					case POLICY -> policyStatement != null || !policyItems.isEmpty() || policySummary != null;
					case ANNUAL -> !annualGoals.isEmpty();
					case MID_TERM -> !midTermGoals.isEmpty();
					case PREAMBLE -> true;
				};
				if (!yielded && !under.none && (under.rows == 0 || under.contentRows > 0)) {
					throw new ImportRejectedException("SECTION_EMPTY", "「" + SECTION_NAMES.get(e.getKey()) + "」の見出し（"
							+ under.line + "行目）の下から何も読み取れませんでした。"
							+ (under.rows == 0 ? "ファイルが途中で切れていないか確認してください。" : "様式に沿った表になっているか確認してください。"));
				}
			}
		}

		private static boolean isNone(SourceRow row) {
			return row.filledCells().size() == 1 && NONE.matcher(JapaneseText.normalize(row.text())).matches();
		}

		/** A file cut off inside a table leaves an element open in its last row, or a header without its goal. */
		private void checkTruncation() {
			List<SourceRow> rows = document.rows();
			if (rows.isEmpty()) {
				return;
			}
			SourceRow last = rows.get(rows.size() - 1);
			for (SourceCell cell : last.cells()) {
				String raw = cell.raw().toLowerCase();
				for (String tag : List.of("p", "ul", "li", "b")) {
					if (count(raw, "<" + tag + ">") + count(raw, "<" + tag + " ") > count(raw, "</" + tag + ">")) {
						throw new ImportRejectedException("TRUNCATED", "ファイルが途中で切れています（" + last.line()
								+ "行目の表が閉じていません）。元のファイル全体を指定してください。");
					}
				}
			}
			if (last.kind() == SourceRow.RowKind.TABLE && isHeaderRow(last)) {
				throw new ImportRejectedException("TRUNCATED",
						"ファイルが途中で切れています（" + last.line() + "行目の表の見出しの後に内容がありません）。");
			}
		}

		private static int count(String s, String needle) {
			int n = 0;
			for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
				n++;
			}
			return n;
		}

		private Section sectionOf(SourceRow row) {
			List<SourceCell> filled = row.filledCells();
			if (filled.size() != 1) {
				return null;
			}
			if (filled.get(0).text().length() > 80) {
				return null; // a heading is short; normalising long content only to find that out is wasted work
			}
			String text = JapaneseText.normalize(filled.get(0).text());
			if (row.kind() != SourceRow.RowKind.HEADING && !SECTION_NUMBER.matcher(text).matches()
					&& SECTION_TITLES.stream().noneMatch(text::startsWith)) {
				return null;
			}
			if (text.contains("中期目標")) {
				return Section.MID_TERM;
			}
			if (text.contains("当年度目標")) {
				return Section.ANNUAL;
			}
			if (text.contains("方針")) {
				return Section.POLICY;
			}
			if (text.contains("使命")) {
				return Section.MISSIONS;
			}
			return null;
		}

		private void preamble(SourceRow row) {
			if (header.accept(row)) {
				return;
			}
			List<SourceCell> filled = row.filledCells();
			if (filled.size() == 1 && FORM_TITLE.matcher(filled.get(0).text()).matches()) {
				return; // the title repeats what the header rows say
			}
			unplaced(row);
		}

		private void missions(SourceRow row) {
			for (SourceCell cell : row.filledCells()) {
				for (Segment s : Segments.of(cell)) {
					missions.add(s.text());
				}
			}
		}

		private void policy(SourceRow row) {
			if (isHeaderRow(row)) {
				for (SourceCell cell : row.filledCells()) {
					if (cell.text().contains("総括")) {
						summaryColumn = cell.column();
					}
				}
				return;
			}
			List<SourceCell> filled = row.filledCells();
			for (SourceCell cell : filled) {
				boolean isSummary = summaryColumn != null ? cell.column() == summaryColumn : cell != filled.get(0);
				if (isSummary) {
					String text = String.join("\n", cell.blocks().stream().map(SourceBlock::text).toList());
					String value = Placeholders.valueOrNull(text);
					if (value != null && cell.blocks().stream().allMatch(b -> Placeholders.isPending(b.text()))) {
						value = null;
					}
					policySummary = value == null ? policySummary : join(policySummary, value);
					continue;
				}
				for (String text : policyLines(cell)) {
					if ("○◯●・•".indexOf(text.charAt(0)) >= 0) {
						policyItems.add(text.substring(1).strip());
					}
					else if (policyItems.isEmpty()) {
						policyStatement = join(policyStatement, text);
					}
					else {
						policyItems.add(text);
					}
				}
			}
		}

		/** The policy cell's lines: its blocks, each cut before a bullet that follows a space (text without markup). */
		private static List<String> policyLines(SourceCell cell) {
			List<String> lines = new ArrayList<>();
			for (SourceBlock block : cell.blocks()) {
				for (String piece : POLICY_BULLET.split(block.text())) {
					if (!piece.isBlank()) {
						lines.add(piece.strip());
					}
				}
			}
			return lines;
		}

		private static String join(String a, String b) {
			return a == null ? b : a + "\n" + b;
		}

		private void goalRow(SourceRow row) {
			if (row.filledCells().size() == 1 && row.text().startsWith("※")) {
				// a footnote under the tables (※【重点】は重点目標): the form's, not the goal's; said, not stored
				SourceCell note = row.filledCells().get(0);
				warnings.add(row.line(), note.column(), "FOOTNOTE", "注記（※）は目標の内容として取り込んでいません", note.text());
				return;
			}
			if (isHeaderRow(row)) {
				readColumns(row);
				afterHeader = true;
				return;
			}
			Integer number = goalNumber(row);
			if (number != null && isNewGoal(row, number)) {
				finishGoal();
				startGoal(row, number);
				afterHeader = false;
				return;
			}
			afterHeader = false;
			GoalAssembler goal = current();
			if (goal == null) {
				unplaced(row);
				return;
			}
			LinkCollector links = goal.links();
			boolean linkRow = links.active() || row.filledCells().stream().anyMatch(LinkCollector::hasMarker);
			for (SourceCell cell : row.filledCells()) {
				if (linkRow) {
					links.accept(cell);
				}
				else {
					continuation(cell);
				}
			}
		}

		/** Content in a row below the goal's own row: the description, more steps, or review text. */
		private void continuation(SourceCell cell) {
			if (section == Section.ANNUAL) {
				// left of the review columns is the goal's content, also where a clerk indented actions a column
				boolean content = reviewColumn != null ? cell.column() < reviewColumn : cell.column() <= contentColumn;
				if (content) {
					annual.content(Segments.annualContent(cell));
				}
				else {
					annual.review(paragraphs(cell), cell.line(), cell.column());
				}
			}
			else if (cell.column() >= scheduleColumn) {
				midTerm.steps(Segments.of(cell));
			}
			else {
				midTerm.description(Segments.of(cell));
			}
		}

		private void startGoal(SourceRow row, int number) {
			List<SourceCell> filled = row.filledCells().subList(1, row.filledCells().size());
			String label = String.valueOf(number);
			(section == Section.ANNUAL ? annualNumbers : midTermNumbers)
				.add(new StructureCheck.Positioned(label, row.line(), row.cells().get(0).column()));
			if (section == Section.ANNUAL) {
				annual = new AnnualGoalAssembler(number, row.line(), warnings);
				contentColumn = filled.get(0).column();
				annual.content(Segments.annualContent(filled.get(0)));
				for (SourceCell cell : filled.subList(1, filled.size())) {
					annual.review(paragraphs(cell), cell.line(), cell.column());
				}
			}
			else {
				midTerm = new MidTermGoalAssembler(number, row.line(), warnings);
				int schedule = scheduleColumn != Integer.MAX_VALUE ? scheduleColumn
						: filled.size() > 1 ? filled.get(filled.size() - 1).column() : Integer.MAX_VALUE;
				for (SourceCell cell : filled) {
					if (cell.column() >= schedule) {
						midTerm.steps(Segments.of(cell));
					}
					else {
						midTerm.description(Segments.of(cell));
					}
				}
			}
		}

		private static List<String> paragraphs(SourceCell cell) {
			return cell.blocks().stream().map(SourceBlock::text).filter(t -> !t.isBlank()).toList();
		}

		private void finishGoal() {
			if (annual != null) {
				annualGoals.add(annual.build());
				annual = null;
			}
			if (midTerm != null) {
				midTermGoals.add(midTerm.build());
				midTerm = null;
			}
		}

		private boolean isNewGoal(SourceRow row, int number) {
			if (row.filledCells().size() < 2) {
				return false;
			}
			GoalAssembler current = current();
			if (afterHeader || current == null) {
				return true;
			}
			boolean nextNumber = number > current.number() && number <= current.number() + 3;
			// inside a goal's link rows, a row starting with a number may be a 基本政策 row: a goal row is the next
			// number and carries goal content, not short number/title pairs
			return nextNumber && (!current.links().active() || !policyShaped(row));
		}

		/** The goal being read in the current section, null between goals. */
		private GoalAssembler current() {
			return section == Section.ANNUAL ? annual : midTerm;
		}

		private static boolean policyShaped(SourceRow row) {
			for (SourceCell cell : row.filledCells()) {
				String text = cell.text();
				if (cell.blocks().size() > 1 || text.length() > 60 || LABELS.matcher(text).find()) {
					return false;
				}
			}
			return true;
		}

		private static Integer goalNumber(SourceRow row) {
			if (row.cells().isEmpty() || row.kind() != SourceRow.RowKind.TABLE) {
				return null;
			}
			String raw = row.cells().get(0).text();
			if (raw.length() > 3) {
				return null;
			}
			var number = GOAL_NUMBER.matcher(JapaneseText.normalize(raw));
			return number.matches() ? Integer.valueOf(number.group(1)) : null;
		}

		private void readColumns(SourceRow row) {
			if (!afterHeader) {
				reviewColumn = null; // a new table's column titles
			}
			for (SourceCell cell : row.filledCells()) {
				String text = cell.text();
				if (section == Section.ANNUAL && (text.equals("実績") || text.contains("取組みを行った") || text.contains("課題・今後"))) {
					reviewColumn = reviewColumn == null ? cell.column() : Math.min(reviewColumn, cell.column());
				}
				if (section == Section.MID_TERM && (text.contains("スケジュール") || text.contains("工程"))) {
					scheduleColumn = cell.column();
				}
			}
		}

		private static boolean isHeaderRow(SourceRow row) {
			List<SourceCell> filled = row.filledCells();
			if (filled.isEmpty()) {
				return false;
			}
			for (SourceCell cell : filled) {
				if (cell.text().length() > 60) {
					return false;
				}
				String text = JapaneseText.normalize(cell.text());
				boolean title = NUMBER_TITLE.matcher(text).matches()
						|| text.length() <= 60 && COLUMN_WORDS.stream().anyMatch(text::contains) && !LABELS.matcher(text).find()
								&& cell.blocks().size() == 1;
				if (!title) {
					return false;
				}
			}
			return true;
		}

		private void unplaced(SourceRow row) {
			for (SourceCell cell : row.filledCells()) {
				warnings.unplaced(row.line(), row.kind() == SourceRow.RowKind.TABLE ? cell.column() : null, cell.text());
			}
		}
	}
}
