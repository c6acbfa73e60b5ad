package org.mokuhyo.pdf;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.importer.MidTermNotation;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.pdf.Blocks.Cell;
import org.mokuhyo.pdf.Blocks.Para;
import org.mokuhyo.pdf.Blocks.Row;
import org.mokuhyo.pdf.Blocks.Table;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;

/**
 * The sheet in the official layout's words and tables, worded as the published sheets word them (labels (1) ①,
 * schedules in parentheses, [新規] / [拡充], 【重点】, 【今年度末に記載】 for what is not yet written), so that the
 * importer reads a printed sheet back into the same data.
 */
final class SheetContent {

	static final String PENDING = "【今年度末に記載】";

	/** Under a section left empty on purpose; a heading alone reads as a document cut short (as in exchange). */
	static final String NONE = "（なし）";

	static final String NO = "No";

	private static final float EM = Blocks.BODY;

	private SheetContent() {
	}

	static String yearLabel(SheetData sheet) {
		return FiscalYearLabels.display(sheet.fiscalYear(), sheet.fiscalYearLabel());
	}

	static String title(SheetData sheet) {
		String department = sheet.department() == null || sheet.department().name() == null ? ""
				: sheet.department().name() + "　";
		return yearLabel(sheet) + "　" + department + "部局長の目標";
	}

	/** 自治体・年度・部局・補職・氏名 in one row, as the sheet's heading. */
	static Table header(SheetData sheet) {
		var d = sheet.department();
		return new Table(new float[] { 36, 80, 30, 120, 30, 190, 30, 90, 30, 120 }, List.of(),
				List.of(Row.of(Cell.header("自治体"), value(sheet.municipality()), Cell.header("年度"),
						value(yearLabel(sheet)), Cell.header("部局"), value(d == null ? null : d.name()),
						Cell.header("補職"), value(d == null ? null : d.headTitle()), Cell.header("氏名"),
						value(d == null ? null : d.headName()))));
	}

	private static Cell value(String text) {
		return Cell.of(text == null ? List.of() : List.of(Para.of(text)));
	}

	static List<Para> missions(SheetData sheet) {
		List<Para> out = new ArrayList<>();
		for (int i = 0; i < sheet.missions().size(); i++) {
			out.add(Para.indented("(" + (i + 1) + ") " + sheet.missions().get(i), 0, 1.5f * EM));
		}
		return out;
	}

	static Table policy(SheetData sheet) {
		List<Para> left = new ArrayList<>();
		List<Para> right = new ArrayList<>();
		if (sheet.policy() != null) {
			lines(sheet.policy().statement()).forEach(l -> left.add(Para.of(l)));
			sheet.policy().items().forEach(i -> left.add(Para.indented("○" + i, 0, EM)));
			if (sheet.policy().summary() != null && !sheet.policy().summary().isBlank()) {
				lines(sheet.policy().summary()).forEach(l -> right.add(Para.of(l)));
			}
		}
		if (right.isEmpty()) {
			right.add(Para.of(PENDING));
		}
		return new Table(new float[] { 1, 1 }, List.of(Row.of(Cell.header("方針"), Cell.header("取り組みの総括"))),
				List.of(Row.of(Cell.of(left), Cell.of(right))));
	}

	static Table annualGoal(AnnualGoal goal) {
		List<Row> header = List.of(
				Row.of(Cell.header(NO), Cell.header("当年度目標(当初設定)"), Cell.header("実績").span(2)),
				Row.of(Cell.header("").underAbove(), Cell.header("取組み事項及びその内容・スケジュール"),
						Cell.header("取組みを行った内容・成果"), Cell.header("課題・今後の方向性")));
		List<Para> content = new ArrayList<>();
		if (goal.title() != null || goal.priority()) {
			String title = goal.title() == null ? "" : goal.title();
			content.add(Para.bold(goal.priority() ? (title + " 【重点】").strip() : title));
		}
		for (GoalItem item : goal.items()) {
			items(item, content);
		}
		Review review = goal.review() == null ? Review.PENDING : goal.review();
		List<Row> body = new ArrayList<>();
		body.add(Row.of(number(goal.number()), Cell.of(content), reviewCell(review.results()),
				reviewCell(review.issues())));
		if (!goal.planLinks().isEmpty() || !goal.policyLinks().isEmpty()) {
			body.add(Row.of(Cell.of(List.of()).underAbove(), Cell.of(links(goal.planLinks(), goal.policyLinks())).span(3)));
		}
		return new Table(new float[] { 26, 380, 190, 190 }, header, body);
	}

	private static void items(GoalItem item, List<Para> content) {
		if (item.label() != null || item.text() != null) {
			String label = item.label() == null ? "" : item.label() + " ";
			content.add(Para.indented(label + (item.text() == null ? "" : item.text()), 0, 1.5f * EM));
		}
		for (Action action : item.actions()) {
			String wording = wording(action.text(), action.schedule(), action.tags(), action.targets());
			content.add(Para.indented((action.label() == null ? "・" : action.label()) + wording, EM, EM));
			for (SubItem sub : action.subItems()) {
				String text = wording(sub.text(), sub.schedule(), sub.tags(), sub.targets());
				// under an unlabelled action a bullet would read as the next action: the importer's own rule
				content.add(Para.indented(action.label() == null ? text : "・" + text, 2 * EM, EM));
			}
		}
	}

	/**
	 * The words as the sheet writes them: the schedule in parentheses unless the text names it, the tags in brackets,
	 * and any target the text does not name (an edited sheet's) after them.
	 */
	static String wording(String text, Schedule schedule, List<String> tags, List<Target> targets) {
		StringBuilder out = new StringBuilder(text == null ? "" : text);
		if (schedule != null && schedule.text() != null && !out.toString().contains(schedule.text())) {
			out.append(" (").append(schedule.text()).append(')');
		}
		tags.forEach(tag -> out.append(" [").append(tag).append(']'));
		for (Target target : targets) {
			if (target.text() != null && !out.toString().contains(target.text())) {
				out.append(' ').append(target.text());
			}
		}
		return out.toString().strip();
	}

	private static Cell reviewCell(String text) {
		List<Para> paras = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			lines(text).forEach(l -> paras.add(Para.of(l)));
		}
		return Cell.of(paras.isEmpty() ? List.of(Para.of(PENDING)) : paras);
	}

	static Table midTermGoal(MidTermGoal goal) {
		List<Row> header = List.of(Row.of(Cell.header(NO), Cell.header("取組み事項及び取組みにあたっての課題・めざす成果など"),
				Cell.header("スケジュール(工程)")));
		List<Para> description = new ArrayList<>();
		if (goal.title() != null) {
			description.add(Para.bold(goal.title()));
		}
		if (goal.descriptionItems().isEmpty()) {
			lines(goal.description()).forEach(l -> description.add(Para.of(l)));
		}
		for (DescriptionItem item : goal.descriptionItems()) {
			description.add(Para.indented((item.label() == null ? "" : item.label() + " ") + item.text(), 0, 1.5f * EM));
			item.subItems().forEach(s -> description.add(Para.indented("・" + s, EM, EM)));
		}
		List<Para> steps = new ArrayList<>();
		for (String line : MidTermNotation.renderSteps(goal.steps()).split("\n")) {
			if (!line.isBlank()) {
				boolean heading = line.startsWith("(") || line.startsWith("（");
				steps.add(Para.indented(line, heading ? 0 : EM, EM));
			}
		}
		List<Row> body = new ArrayList<>();
		body.add(Row.of(number(goal.number()), Cell.of(description), Cell.of(steps)));
		if (!goal.planLinks().isEmpty() || !goal.policyLinks().isEmpty()) {
			body.add(Row.of(Cell.of(List.of()).underAbove(), Cell.of(links(goal.planLinks(), goal.policyLinks())).span(2)));
		}
		return new Table(new float[] { 26, 420, 340 }, header, body);
	}

	private static Cell number(int number) {
		return new Cell(1, List.of(Para.of(String.valueOf(number))), false, true, false);
	}

	/** 総合計画 and 基本政策, each a heading followed by one line per link: code or number, then the wording. */
	private static List<Para> links(List<PlanLink> plan, List<PolicyLink> policies) {
		List<Para> out = new ArrayList<>();
		if (!plan.isEmpty()) {
			out.add(Para.bold("総合計画"));
			plan.forEach(l -> out.add(Para.indented(l.code() + (l.text() == null ? "" : " " + l.text()), EM, 2 * EM)));
		}
		if (!policies.isEmpty()) {
			out.add(Para.bold("基本政策"));
			policies.forEach(l -> out.add(Para.indented(l.number() + (l.title() == null ? "" : " " + l.title()), EM, 2 * EM)));
		}
		return out;
	}

	private static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(text.split("\\R")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
