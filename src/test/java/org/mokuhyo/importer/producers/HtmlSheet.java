package org.mokuhyo.importer.producers;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.exchange.SheetLines;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SheetData;

/**
 * A sheet as an HTML page laid out like the official sheet, as a department's clerk would make it in a browser or an
 * HTML editor and print to PDF: one ruled table per section (collapsed 1px borders), a paragraph per line, 総合計画 and
 * 基本政策 in bold, the header 部局 / 補職 / 氏名 / 年度 as a table row. The goals' lines are written by
 * {@link SheetLines}, in the notation the importer reads; the table heads are {@code <thead>}, which Chromium repeats
 * on every page a table runs over.
 * <p>
 * The goal column is wide enough that no line of the corpus breaks at a space between a kanji and a half-width word
 * ({@code 来館者数 10,000人}): a PDF does not draw the space a line breaks at, and a reader cannot tell it from the
 * usual break without one ({@code 令和|6年度}). That loss is the PDF's (see PdfSheetReader's joining of lines): the
 * width keeps it out of the tests of everything else.
 */
public final class HtmlSheet {

	private static final String STYLE = """
			@page { margin: 12mm; }
			body { font-family: 'IPAexGothic', sans-serif; font-size: 10pt; }
			h1 { font-size: 14pt; text-align: center; }
			h2 { font-size: 11pt; margin: 10pt 0 4pt; }
			table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; }
			th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
			th { background: #e8e8e8; font-weight: normal; }
			p { margin: 0; }
			td.no { width: 2.5em; text-align: center; }
			""";

	private HtmlSheet() {
	}

	public static String html(SheetData sheet) {
		StringBuilder out = new StringBuilder();
		out.append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(title(sheet)))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>");
		out.append("<h1>").append(escape(title(sheet))).append("</h1>");
		header(sheet, out);
		missions(sheet, out);
		policy(sheet, out);
		annualGoals(sheet, out);
		midTermGoals(sheet, out);
		return out.append("</body></html>").toString();
	}

	private static String title(SheetData sheet) {
		return yearLabel(sheet) + " 部局長の目標";
	}

	private static String yearLabel(SheetData sheet) {
		return Era.fiscalYearLabel(sheet.fiscalYear());
	}

	private static void header(SheetData sheet, StringBuilder out) {
		Department d = sheet.department();
		out.append("<table><tr>");
		th(out, "部局");
		td(out, List.of(d.name()));
		th(out, "補職");
		td(out, List.of(d.headTitle()));
		th(out, "氏名");
		td(out, List.of(d.headName()));
		th(out, "年度");
		td(out, List.of(yearLabel(sheet)));
		out.append("</tr></table>");
	}

	private static void missions(SheetData sheet, StringBuilder out) {
		out.append("<h2>1. 部局の使命</h2><table><tr>");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < sheet.missions().size(); i++) {
			lines.add(SheetLines.mission(i, sheet.missions().get(i)));
		}
		td(out, lines);
		out.append("</tr></table>");
	}

	private static void policy(SheetData sheet, StringBuilder out) {
		out.append("<h2>2. 使命を遂行するための取り組み方針と、それに基づく取り組みの総括</h2>");
		out.append("<table><thead><tr>");
		th(out, "方針");
		th(out, "取り組みの総括");
		out.append("</tr></thead><tbody><tr>");
		td(out, SheetLines.policy(sheet.policy().statement(), sheet.policy().items()));
		td(out, lines(sheet.policy().summary()));
		out.append("</tr></tbody></table>");
	}

	private static void annualGoals(SheetData sheet, StringBuilder out) {
		out.append("<h2>3. 当年度目標と目標設定に対する振り返り等</h2>");
		out.append("<table><thead><tr><th rowspan=\"2\">No</th><th style=\"width:58%\">当年度目標(当初設定)</th>"
				+ "<th colspan=\"2\">実績</th></tr><tr><th>取組み事項及びその内容・スケジュール</th>"
				+ "<th>取組みを行った内容・成果</th><th>課題・今後の方向性</th></tr></thead><tbody>");
		for (AnnualGoal goal : sheet.annualGoals()) {
			boolean links = !goal.planLinks().isEmpty() || !goal.policyLinks().isEmpty();
			Review review = goal.review() == null ? Review.PENDING : goal.review();
			out.append("<tr>");
			number(out, goal.number(), links);
			td(out, SheetLines.annualGoal(goal));
			td(out, lines(review.results()));
			td(out, lines(review.issues()));
			out.append("</tr>");
			if (links) {
				out.append("<tr><td colspan=\"3\">").append(links(goal.planLinks().isEmpty() ? List.of()
						: SheetLines.planLinks(goal.planLinks()), SheetLines.policyLinks(goal.policyLinks())))
					.append("</td></tr>");
			}
		}
		out.append("</tbody></table>");
	}

	private static void midTermGoals(SheetData sheet, StringBuilder out) {
		out.append("<h2>4. 中期目標(概ね今後4年間)</h2>");
		out.append("<table><thead><tr><th>No</th><th style=\"width:52%\">取組み事項及び取組みにあたっての課題・めざす成果など</th>"
				+ "<th>スケジュール(工程)</th></tr></thead><tbody>");
		for (MidTermGoal goal : sheet.midTermGoals()) {
			boolean links = !goal.planLinks().isEmpty() || !goal.policyLinks().isEmpty();
			out.append("<tr>");
			number(out, goal.number(), links);
			td(out, SheetLines.midTermDescription(goal));
			td(out, SheetLines.midTermSteps(goal));
			out.append("</tr>");
			if (links) {
				out.append("<tr><td colspan=\"2\">")
					.append(links(SheetLines.planLinks(goal.planLinks()), SheetLines.policyLinks(goal.policyLinks())))
					.append("</td></tr>");
			}
		}
		out.append("</tbody></table>");
	}

	/** The goal's number, spanning its links' row too (the official sheet leaves that cell of the No column open). */
	private static void number(StringBuilder out, int number, boolean links) {
		out.append("<td class=\"no\"").append(links ? " rowspan=\"2\"" : "").append("><p>").append(number)
			.append("</p></td>");
	}

	/** 総合計画 and 基本政策, each a bold heading followed by a paragraph per link. */
	private static String links(List<String> plan, List<String> policies) {
		StringBuilder out = new StringBuilder();
		if (!plan.isEmpty()) {
			out.append("<p><b>").append(SheetLines.PLAN_MARKER).append("</b></p>");
			plan.forEach(l -> out.append("<p>").append(escape(l)).append("</p>"));
		}
		if (!policies.isEmpty()) {
			out.append("<p><b>").append(SheetLines.POLICY_MARKER).append("</b></p>");
			policies.forEach(l -> out.append("<p>").append(escape(l)).append("</p>"));
		}
		return out.toString();
	}

	/** A year-end field's lines, or the placeholder the sheet shows while it is not yet written. */
	private static List<String> lines(String text) {
		return List.of(SheetLines.orPending(text).split("\\R"));
	}

	private static void th(StringBuilder out, String text) {
		out.append("<th>").append(escape(text)).append("</th>");
	}

	private static void td(StringBuilder out, List<String> lines) {
		out.append("<td>");
		lines.forEach(l -> out.append("<p>").append(escape(l)).append("</p>"));
		out.append("</td>");
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
