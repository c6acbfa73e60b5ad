package org.mokuhyo.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;

/**
 * Writes one sheet as an Excel workbook in the layout of the official 部局長の目標: the header (部局, 補職, 氏名, 年度,
 * 自治体), 1 使命, 2 方針 and 取り組みの総括, 3 当年度目標 (per goal: No, the goal and its items and actions one line a
 * row, 実績 in two columns, the 総合計画 / 基本政策 links), 4 中期目標 (description and 工程 side by side). Printed A4
 * landscape, one page wide, the header rows on every page. The importer reads the file back into the same sheet
 * (also after a person edited and saved it in Excel or LibreOffice).
 */
public final class XlsxSheetWriter {

	/** Content type of an .xlsx file. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int NO = 0;

	private static final int CONTENT = 1;

	private static final int RESULTS = 2;

	private static final int ISSUES = 3;

	private static final int LAST = XlsxGrid.LAST_COLUMN;

	/** The workbook's bytes. */
	public byte[] write(SheetData sheet) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XlsxStyles styles = new XlsxStyles(workbook);
			XSSFSheet ws = workbook.createSheet("部局長の目標");
			new Run(ws, styles, sheet).write();
			workbook.getProperties().getCoreProperties().setTitle(title(sheet));
			workbook.getProperties().getCoreProperties().setCreator("mokuhyo");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A download name such as 豊中市_市民協働部_2024.xlsx (characters file systems refuse replaced by _). */
	public static String fileName(SheetData sheet, String extension) {
		String department = sheet.department() == null || sheet.department().name() == null ? "部局"
				: sheet.department().name();
		String name = (sheet.municipality() == null ? "" : sheet.municipality() + "_") + department + "_"
				+ sheet.fiscalYear();
		return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]", "_") + "." + extension;
	}

	static String title(SheetData sheet) {
		String department = sheet.department() == null || sheet.department().name() == null ? ""
				: sheet.department().name() + " ";
		return FiscalYearLabels.workbook(sheet.fiscalYear()) + " " + department + "部局長の目標";
	}

	private static final class Run {

		private final XSSFSheet ws;

		private final XlsxStyles st;

		private final SheetData sheet;

		private final XlsxGrid grid;

		Run(XSSFSheet ws, XlsxStyles styles, SheetData sheet) {
			this.ws = ws;
			this.st = styles;
			this.sheet = sheet;
			this.grid = new XlsxGrid(ws);
		}

		void write() {
			header();
			missions();
			policy();
			annualGoals();
			midTermGoals();
			grid.finish();
			printSetup();
		}

		private void header() {
			int title = grid.row(st.plain);
			grid.text(title, NO, LAST, title(sheet), st.title);
			Department d = sheet.department() == null ? new Department(null, null, null) : sheet.department();
			pairRow("部局", d.name(), "補職", d.headTitle());
			pairRow("氏名", d.headName(), "年度", FiscalYearLabels.workbook(sheet.fiscalYear()));
			if (sheet.municipality() != null) {
				pairRow("自治体", sheet.municipality(), null, null);
			}
			ws.setRepeatingRows(new CellRangeAddress(0, grid.next() - 1, -1, -1));
			grid.skip();
		}

		private void pairRow(String key1, String value1, String key2, String value2) {
			int r = grid.row(st.plain);
			grid.text(r, 0, 0, key1, st.label);
			grid.text(r, 1, 1, value1 == null ? "" : value1, st.value);
			if (key2 != null) {
				grid.text(r, 2, 2, key2, st.label);
				grid.text(r, 3, 3, value2 == null ? "" : value2, st.value);
			}
		}

		private void section(String heading) {
			if (grid.next() > 8) {
				ws.setRowBreak(grid.next() - 1); // sections 3 and 4 start on a page of their own
			}
			int r = grid.row(st.plain);
			grid.text(r, NO, LAST, heading, st.section);
		}

		/** The words for a section left empty (see {@link SheetLines#NONE}). */
		private void none(boolean empty) {
			if (empty) {
				grid.text(grid.row(st.plain), CONTENT, LAST, SheetLines.NONE, st.body);
			}
		}

		private void missions() {
			int r = grid.row(st.plain);
			grid.text(r, NO, LAST, "1. 部局の使命", st.section);
			List<String> missions = sheet.missions();
			none(missions.isEmpty());
			for (int i = 0; i < missions.size(); i++) {
				int row = grid.row(st.plain);
				grid.text(row, CONTENT, LAST, SheetLines.mission(i, missions.get(i)), st.body);
				grid.frame(row, row, CONTENT, LAST);
			}
			grid.skip();
		}

		private void policy() {
			int r = grid.row(st.plain);
			grid.text(r, NO, LAST, "2. 使命を遂行するための取り組み方針と、それに基づく取り組みの総括", st.section);
			int head = grid.row(st.plain);
			grid.text(head, NO, CONTENT, "方針", st.label);
			grid.text(head, RESULTS, LAST, "取り組みの総括", st.label);
			List<String> lines = sheet.policy() == null ? List.of()
					: SheetLines.policy(sheet.policy().statement(), sheet.policy().items());
			int top = grid.next();
			for (String line : lines.isEmpty() ? List.of("") : lines) {
				int row = grid.row(st.body);
				grid.text(row, NO, CONTENT, line, st.body);
			}
			int bottom = grid.next() - 1;
			grid.frame(top, bottom, NO, CONTENT);
			grid.style(top, bottom, RESULTS, LAST, st.body);
			grid.block(top, bottom, RESULTS, LAST,
					SheetLines.orPending(sheet.policy() == null ? null : sheet.policy().summary()), st.body);
			grid.frame(top, bottom, RESULTS, LAST);
			grid.skip();
		}

		private void annualGoals() {
			section("3. 当年度目標と目標設定に対する振り返り等");
			none(sheet.annualGoals().isEmpty());
			for (AnnualGoal goal : sheet.annualGoals()) {
				int h1 = grid.row(st.plain);
				grid.text(h1, CONTENT, CONTENT, "当年度目標(当初設定)", st.label);
				grid.text(h1, RESULTS, LAST, "実績", st.label);
				int h2 = grid.row(st.plain);
				grid.style(h1, h2, NO, NO, st.label);
				grid.block(h1, h2, NO, NO, "No", st.label);
				grid.text(h2, CONTENT, CONTENT, "取組み事項及びその内容・スケジュール", st.label);
				grid.text(h2, RESULTS, RESULTS, "取組みを行った内容・成果", st.label);
				grid.text(h2, ISSUES, ISSUES, "課題・今後の方向性", st.label);
				List<String> lines = SheetLines.annualGoal(goal);
				int top = grid.next();
				for (String line : lines.isEmpty() ? List.of("") : lines) {
					int row = grid.row(st.body);
					grid.text(row, CONTENT, CONTENT, line, st.body);
				}
				int bottom = grid.next() - 1;
				grid.frame(top, bottom, CONTENT, CONTENT);
				String results = goal.review() == null ? null : goal.review().results();
				String issues = goal.review() == null ? null : goal.review().issues();
				grid.block(top, bottom, RESULTS, RESULTS, SheetLines.orPending(results), st.body);
				grid.block(top, bottom, ISSUES, ISSUES, SheetLines.orPending(issues), st.body);
				grid.frame(top, bottom, RESULTS, RESULTS);
				grid.frame(top, bottom, ISSUES, ISSUES);
				int end = links(goal.planLinks(), goal.policyLinks());
				number(top, end, goal.number());
			}
			grid.skip();
		}

		private void midTermGoals() {
			section("4. 中期目標（概ね今後4年間）");
			none(sheet.midTermGoals().isEmpty());
			for (MidTermGoal goal : sheet.midTermGoals()) {
				int head = grid.row(st.plain);
				grid.text(head, NO, NO, "No", st.label);
				grid.text(head, CONTENT, CONTENT, "取組み事項及び取組みにあたっての課題・めざす成果など", st.label);
				grid.text(head, RESULTS, LAST, "スケジュール(工程)", st.label);
				List<String> description = SheetLines.midTermDescription(goal);
				List<String> steps = SheetLines.midTermSteps(goal);
				int rows = Math.max(1, Math.max(description.size(), steps.size()));
				int top = grid.next();
				for (int i = 0; i < rows; i++) {
					int row = grid.row(st.body);
					grid.text(row, CONTENT, CONTENT, i < description.size() ? description.get(i) : "", st.body);
					grid.text(row, RESULTS, LAST, i < steps.size() ? steps.get(i) : "", st.body);
				}
				int bottom = grid.next() - 1;
				grid.frame(top, bottom, CONTENT, CONTENT);
				grid.frame(top, bottom, RESULTS, LAST);
				int end = links(goal.planLinks(), goal.policyLinks());
				number(top, end, goal.number());
			}
		}

		/** The goal's number, one cell down the rows of its content and links. */
		private void number(int top, int bottom, int number) {
			grid.style(top, bottom, NO, NO, st.number);
			grid.cell(top, NO).setCellValue(number);
			grid.merge(top, bottom, NO, NO);
			grid.frame(top, bottom, NO, NO);
		}

		/** A row for the 総合計画 links and one for the 基本政策 links, each under its marker; the last row written. */
		private int links(List<PlanLink> plan, List<PolicyLink> policy) {
			int last = grid.next() - 1;
			if (!plan.isEmpty()) {
				last = linkRow(SheetLines.PLAN_MARKER, SheetLines.planLinks(plan));
			}
			if (!policy.isEmpty()) {
				last = linkRow(SheetLines.POLICY_MARKER, SheetLines.policyLinks(policy));
			}
			return last;
		}

		private int linkRow(String marker, List<String> lines) {
			int row = grid.row(st.body);
			XSSFRichTextString text = new XSSFRichTextString(marker + "\n" + String.join("\n", lines));
			text.applyFont(0, marker.length(), st.boldFont);
			grid.rich(row, CONTENT, LAST, text, st.body);
			grid.frame(row, row, CONTENT, LAST);
			return row;
		}

		private void printSetup() {
			PrintSetup print = ws.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			ws.setFitToPage(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			ws.setHorizontallyCenter(true);
			ws.setMargin(XSSFSheet.LeftMargin, 0.4);
			ws.setMargin(XSSFSheet.RightMargin, 0.4);
			ws.setMargin(XSSFSheet.TopMargin, 0.5);
			ws.setMargin(XSSFSheet.BottomMargin, 0.5);
			ws.getFooter().setCenter("&P / &N");
			ws.setDisplayGridlines(false);
		}
	}
}
