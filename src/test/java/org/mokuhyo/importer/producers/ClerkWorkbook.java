package org.mokuhyo.importer.producers;

import static org.mokuhyo.importer.producers.ClerkGrid.CONTENT_LAST;
import static org.mokuhyo.importer.producers.ClerkGrid.ISSUES;
import static org.mokuhyo.importer.producers.ClerkGrid.LAST;
import static org.mokuhyo.importer.producers.ClerkGrid.MARKER;
import static org.mokuhyo.importer.producers.ClerkGrid.NO;
import static org.mokuhyo.importer.producers.ClerkGrid.RESULTS;
import static org.mokuhyo.importer.producers.ClerkGrid.RESULTS_LAST;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mokuhyo.exchange.SheetLines;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;

/**
 * A sheet as a city clerk lays out 部局長の目標 in Excel, not as this project exports it: content from column B
 * (column A a narrow spacer, row 1 blank), a title merged across, the header's labels and values in one row, each
 * goal's title, items and actions in one wrapped cell (or, {@link Layout#ROW_PER_LINE}, one line a row), the 実績
 * cells merged down over the 総合計画 / 基本政策 rows, policy numbers and titles in alternating cells, numbers typed
 * as numbers, labels and actions spaced with full-width spaces, a goal's title in bold (a rich text run). Printed A4
 * landscape, one page wide, the table's header rows on every page. Producers' tests import it and expect the sheet
 * back; others print it (LibreOffice → PDF).
 */
public final class ClerkWorkbook {

	/** How a goal's lines are laid out. */
	public enum Layout {
		/** All of a goal's lines in one cell, broken with Alt+Enter. */
		CELL_WITH_LINE_BREAKS,
		/** Each line its own row under the goal's number. */
		ROW_PER_LINE
	}

	/** A 基本政策 row holds this many number | title pairs; more go on the next row. */
	private static final int POLICIES_PER_ROW = 2;

	private ClerkWorkbook() {
	}

	public static byte[] xlsx(SheetData sheet) {
		return xlsx(sheet, Layout.CELL_WITH_LINE_BREAKS);
	}

	public static byte[] xlsx(SheetData sheet, Layout layout) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet ws = workbook.createSheet("部局長の目標");
			new Run(ws, new ClerkGrid(workbook, ws), sheet, layout).write();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Run {

		private final XSSFSheet ws;

		private final ClerkGrid grid;

		private final SheetData sheet;

		private final Layout layout;

		private int firstHeader = -1;

		Run(XSSFSheet ws, ClerkGrid grid, SheetData sheet, Layout layout) {
			this.ws = ws;
			this.grid = grid;
			this.sheet = sheet;
			this.layout = layout;
		}

		void write() {
			grid.skip(); // a clerk leaves row 1 blank
			int title = grid.row(grid.plain);
			grid.text(title, NO, LAST, Era.fiscalYearLabel(sheet.fiscalYear()) + " 部局長の目標", grid.title);
			grid.skip();
			header();
			grid.skip();
			missions();
			grid.skip();
			policy();
			grid.skip();
			annualGoals();
			grid.skip();
			midTermGoals();
			grid.finish();
			printSetup();
		}

		/** 部局 | value | 補職 | value | 氏名 | value | 年度 | value, the labels spaced as clerks align them. */
		private void header() {
			Department d = sheet.department() == null ? new Department(null, null, null) : sheet.department();
			int r = grid.row(grid.boxed);
			grid.text(r, NO, NO, "部局", grid.boxedBold);
			grid.text(r, MARKER, 4, value(d.name()), grid.boxed);
			grid.text(r, 5, 5, "補職", grid.boxedBold);
			grid.text(r, 6, 6, value(d.headTitle()), grid.boxed);
			grid.text(r, RESULTS, RESULTS, "氏　名", grid.boxedBold);
			grid.text(r, RESULTS + 1, RESULTS_LAST, value(d.headName()), grid.boxed);
			grid.text(r, ISSUES, ISSUES, "年　度", grid.boxedBold);
			grid.text(r, ISSUES + 1, LAST, Era.fiscalYearLabel(sheet.fiscalYear()), grid.boxed);
		}

		/** A value as a clerk types it: a trailing full-width space now and then, which the importer strips. */
		private static String value(String text) {
			return text == null ? "" : text + "　";
		}

		private void section(String heading) {
			int r = grid.row(grid.plain);
			grid.text(r, NO, LAST, heading, grid.heading);
		}

		private void missions() {
			section("1. 部局の使命");
			List<String> missions = sheet.missions();
			for (int i = 0; i < missions.size(); i++) {
				int r = grid.row(grid.plain);
				grid.text(r, MARKER, LAST, SheetLines.mission(i, missions.get(i)), grid.boxed);
			}
		}

		private void policy() {
			section("2. 使命を遂行するための取り組み方針と、それに基づく取り組みの総括");
			int head = grid.row(grid.boxed);
			grid.text(head, NO, CONTENT_LAST, "方針", grid.boxedBold);
			grid.text(head, RESULTS, LAST, "取り組みの総括", grid.boxedBold);
			List<String> lines = sheet.policy() == null ? List.of()
					: SheetLines.policy(sheet.policy().statement(), sheet.policy().items());
			int r = grid.row(grid.boxed);
			grid.text(r, NO, CONTENT_LAST, String.join("\n", lines), grid.boxed);
			grid.text(r, RESULTS, LAST, SheetLines.orPending(sheet.policy() == null ? null : sheet.policy().summary()),
					grid.boxed);
		}

		private void annualGoals() {
			section("3. 当年度目標と目標設定に対する振り返り等");
			for (AnnualGoal goal : sheet.annualGoals()) {
				int h1 = grid.row(grid.boxed);
				int h2 = grid.row(grid.boxed);
				grid.text(h1, h2, NO, NO, "No", grid.boxedBold);
				grid.text(h1, MARKER, CONTENT_LAST, "当年度目標(当初設定)", grid.boxedBold);
				grid.text(h1, RESULTS, LAST, "実績", grid.boxedBold);
				grid.text(h2, MARKER, CONTENT_LAST, "取組み事項及びその内容・スケジュール", grid.boxedBold);
				grid.text(h2, RESULTS, RESULTS_LAST, "取組みを行った内容・成果", grid.boxedBold);
				grid.text(h2, ISSUES, LAST, "課題・今後の方向性", grid.boxedBold);
				if (firstHeader < 0) {
					firstHeader = h1;
				}
				int top = grid.next();
				content(indented(SheetLines.annualGoal(goal)), MARKER, CONTENT_LAST);
				int bottom = links(goal.planLinks(), goal.policyLinks());
				grid.number(top, bottom, NO, goal.number(), grid.boxed);
				String results = goal.review() == null ? null : goal.review().results();
				String issues = goal.review() == null ? null : goal.review().issues();
				grid.text(top, bottom, RESULTS, RESULTS_LAST, SheetLines.orPending(results), grid.boxed);
				grid.text(top, bottom, ISSUES, LAST, SheetLines.orPending(issues), grid.boxed);
			}
		}

		private void midTermGoals() {
			section("4. 中期目標（概ね今後4年間）");
			for (MidTermGoal goal : sheet.midTermGoals()) {
				int head = grid.row(grid.boxed);
				grid.text(head, NO, NO, "No", grid.boxedBold);
				grid.text(head, MARKER, CONTENT_LAST, "取組み事項及び取組みにあたっての課題・めざす成果など", grid.boxedBold);
				grid.text(head, RESULTS, LAST, "スケジュール(工程)", grid.boxedBold);
				int top = grid.next();
				List<String> steps = SheetLines.midTermSteps(goal);
				if (layout == Layout.ROW_PER_LINE) {
					sideBySide(SheetLines.midTermDescription(goal), steps);
				}
				else {
					content(SheetLines.midTermDescription(goal), MARKER, CONTENT_LAST);
				}
				int bottom = links(goal.planLinks(), goal.policyLinks());
				grid.number(top, bottom, NO, goal.number(), grid.boxed);
				if (layout == Layout.CELL_WITH_LINE_BREAKS) {
					grid.text(top, bottom, RESULTS, LAST, String.join("\n", steps), grid.boxed);
				}
			}
		}

		/**
		 * The lines as a clerk aligns them with full-width spaces: an action one space in, its sub-points two. The
		 * importer strips them (they are no part of the words).
		 */
		private static List<String> indented(List<String> lines) {
			List<String> out = new ArrayList<>(lines.size());
			for (String line : lines) {
				char first = line.isEmpty() ? ' ' : line.charAt(0);
				out.add(first >= '\u2460' && first <= '\u2473' ? "　" + line : first == '・' ? "　　" + line : line);
			}
			return out;
		}

		/**
		 * A goal's lines in the content columns: one wrapped cell, merged down over more rows when the text is
		 * taller than one row may be; or one row a line.
		 */
		private void content(List<String> lines, int first, int last) {
			if (layout == Layout.ROW_PER_LINE) {
				for (String line : lines.isEmpty() ? List.of("") : lines) {
					int r = grid.row(grid.boxed);
					grid.text(r, first, last, line, grid.boxed);
				}
				return;
			}
			String text = String.join("\n", lines);
			int rows = Math.max(1, ClerkGrid.rowsFor(text, first, last));
			int top = grid.row(grid.boxed);
			for (int i = 1; i < rows; i++) {
				grid.row(grid.boxed);
			}
			// the title line in bold: a rich text string, its runs in the shared strings
			XSSFRichTextString rich = new XSSFRichTextString(text);
			if (!lines.isEmpty() && !lines.get(0).isEmpty()) {
				rich.applyFont(0, lines.get(0).length(), grid.boldFont);
			}
			grid.rich(top, top + rows - 1, first, last, rich, grid.boxed);
		}

		/** The mid-term description and its schedule one line a row, side by side. */
		private void sideBySide(List<String> description, List<String> steps) {
			int rows = Math.max(1, Math.max(description.size(), steps.size()));
			for (int i = 0; i < rows; i++) {
				int r = grid.row(grid.boxed);
				grid.text(r, MARKER, CONTENT_LAST, i < description.size() ? description.get(i) : "", grid.boxed);
				grid.text(r, RESULTS, LAST, i < steps.size() ? steps.get(i) : "", grid.boxed);
			}
		}

		/**
		 * A row 総合計画 | its codes and texts one a line, then rows 基本政策 | number | title | number | title; the last
		 * row of the goal.
		 */
		private int links(List<PlanLink> plan, List<PolicyLink> policy) {
			int last = grid.next() - 1;
			if (!plan.isEmpty()) {
				last = grid.row(grid.boxed);
				grid.text(last, MARKER, MARKER, SheetLines.PLAN_MARKER, grid.boxedBold);
				grid.text(last, MARKER + 1, CONTENT_LAST, String.join("\n", SheetLines.planLinks(plan)), grid.boxed);
			}
			for (int i = 0; i < policy.size(); i += POLICIES_PER_ROW) {
				last = grid.row(grid.boxed);
				if (i == 0) {
					grid.text(last, MARKER, MARKER, SheetLines.POLICY_MARKER, grid.boxedBold);
				}
				for (int p = i; p < Math.min(policy.size(), i + POLICIES_PER_ROW); p++) {
					int column = MARKER + 1 + 2 * (p - i);
					grid.number(last, last, column, policy.get(p).number(), grid.boxed);
					grid.text(last, column + 1, column + 1, policy.get(p).title() == null ? "" : policy.get(p).title(),
							grid.boxed);
				}
			}
			return last;
		}

		private void printSetup() {
			PrintSetup print = ws.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			ws.setFitToPage(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			if (firstHeader >= 0) {
				// the 当年度目標 table's header rows on every printed page after them
				ws.setRepeatingRows(new CellRangeAddress(firstHeader, firstHeader + 1, -1, -1));
			}
			ws.setMargin(XSSFSheet.LeftMargin, 0.4);
			ws.setMargin(XSSFSheet.RightMargin, 0.4);
			ws.setDisplayGridlines(false);
			ws.setPrintGridlines(false);
		}
	}
}
