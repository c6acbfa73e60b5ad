package org.mokuhyo.importer.producers;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.exchange.SheetLines;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;

/**
 * A sheet written as tab-separated text, one table row a line, as a text extractor gives a published sheet: with
 * its cells' HTML ({@code <p>}, {@code <b>}), as the sample, or without any markup, each cell's lines run together
 * with a space (what a plain-text extractor or a copy out of a spreadsheet gives).
 */
public final class TabbedText {

	private final boolean markup;

	private final StringBuilder out = new StringBuilder();

	private TabbedText(boolean markup) {
		this.markup = markup;
	}

	public static String render(SheetData sheet, boolean markup) {
		return new TabbedText(markup).write(sheet);
	}

	private String write(SheetData sheet) {
		row("部局", sheet.department().name(), "補職", sheet.department().headTitle(), "氏名", sheet.department().headName(),
				"年度", sheet.fiscalYearLabel());
		out.append('\n').append("1. 部局の使命\n");
		for (int i = 0; i < sheet.missions().size(); i++) {
			out.append(SheetLines.mission(i, sheet.missions().get(i))).append('\n');
		}
		out.append('\n').append("2. 使命を遂行するための取り組み方針と、それに基づく取り組みの総括\n");
		row("方針", "取り組みの総括");
		row(cell(SheetLines.policy(sheet.policy().statement(), sheet.policy().items())),
				cell(List.of(SheetLines.orPending(sheet.policy().summary()).split("\n"))));
		out.append('\n').append("3. 当年度目標と目標設定に対する振り返り等\n");
		for (AnnualGoal goal : sheet.annualGoals()) {
			row("No", "当年度目標(当初設定)", "実績", "");
			row("", "取組み事項及びその内容・スケジュール", "取組みを行った内容・成果", "課題・今後の方向性");
			row(String.valueOf(goal.number()), cell(SheetLines.annualGoal(goal)),
					cell(List.of(SheetLines.orPending(goal.review().results()).split("\n"))),
					cell(List.of(SheetLines.orPending(goal.review().issues()).split("\n"))));
			links(goal.planLinks(), goal.policyLinks(), 4);
			out.append('\n');
		}
		out.append('\n').append("4. 中期目標(概ね今後4年間)\n");
		for (MidTermGoal goal : sheet.midTermGoals()) {
			row("No", "取組み事項及び取組みにあたっての課題・めざす成果など", "スケジュール(工程)");
			row(String.valueOf(goal.number()), cell(SheetLines.midTermDescription(goal)),
					cell(SheetLines.midTermSteps(goal)));
			links(goal.planLinks(), goal.policyLinks(), 3);
			out.append('\n');
		}
		return out.toString();
	}

	/** The links below a goal: a row for the 総合計画, a row for the 基本政策, the label first in each. */
	private void links(List<PlanLink> plan, List<PolicyLink> policies, int columns) {
		if (!plan.isEmpty()) {
			List<String> lines = new ArrayList<>();
			lines.add(bold(SheetLines.PLAN_MARKER));
			lines.addAll(SheetLines.planLinks(plan));
			linkRow(cell(lines), columns);
		}
		if (!policies.isEmpty()) {
			List<String> lines = new ArrayList<>();
			lines.add(bold(SheetLines.POLICY_MARKER));
			lines.addAll(SheetLines.policyLinks(policies));
			linkRow(cell(lines), columns);
		}
	}

	private void linkRow(String cell, int columns) {
		String[] cells = new String[columns];
		java.util.Arrays.fill(cells, "");
		cells[1] = cell;
		row(cells);
	}

	private String bold(String text) {
		return markup ? "<b>" + text + "</b>" : text;
	}

	/** A cell's lines: paragraphs with markup, else one line with a space between them. */
	private String cell(List<String> lines) {
		if (!markup) {
			return String.join(" ", lines);
		}
		StringBuilder cell = new StringBuilder();
		for (String line : lines) {
			if (!cell.isEmpty()) {
				cell.append(' ');
			}
			cell.append(line.startsWith("<b>") ? "<p>" + line + "</p>" : "<p>" + escape(line) + "</p>");
		}
		return cell.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private void row(String... cells) {
		out.append(String.join("\t", cells)).append('\n');
	}
}
