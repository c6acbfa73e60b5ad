package org.mokuhyo.opendata;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;

/**
 * The CSV files of the open data, one per level of the sheet. Every row begins with the municipality (code and
 * name), the fiscal year, the department and the sheet's id, then the stable ids of its parents and its own. Lists in
 * one cell are joined by a line break (texts) or by {@code ;} (tags); numbers as written, without separators;
 * booleans {@code true}/{@code false}; an absent value is an empty cell.
 */
public enum CsvLevel {

	/** シート: one row per published sheet, with its publication. */
	SHEETS("sheets", "シート", List.of(
			Column.typed("published_version", "公表版", "integer", "公表されている版の番号"),
			Column.typed("published_at", "公表日時", "dateTime", "その版が公表された日時（日本時間）"),
			Column.typed("as_of", "作成基準日", "date", "公表されたシートの作成基準日"),
			Column.text("phase", "公表の段階", "PLAN（目標設定）または REVIEW（年度末の振り返りを含む）"),
			Column.text("head_title", "補職", "部局長の補職"),
			Column.text("head_name", "氏名", "部局長の氏名"),
			Column.list("missions", "部局の使命", "\n", "部局の使命（1行に1つ）"),
			Column.text("policy_statement", "取り組み方針", "使命を遂行するための取り組み方針"),
			Column.list("policy_items", "方針の項目", "\n", "方針の○の項目（1行に1つ）"),
			Column.text("policy_summary", "取り組みの総括", "年度末の総括（未記載は空）"))) {
		@Override
		void rows(OpenDataSheet s, Consumer<List<String>> out) {
			SheetData sheet = s.sheet();
			List<String> row = start(s);
			row.add(Integer.toString(s.publication().publishedVersion()));
			row.add(TIMESTAMP.format(s.publication().publishedAt()));
			row.add(s.publication().asOf() == null ? null : s.publication().asOf().toString());
			row.add(s.publication().phase().name());
			row.add(sheet.department() == null ? null : sheet.department().headTitle());
			row.add(sheet.department() == null ? null : sheet.department().headName());
			row.add(lines(sheet.missions()));
			row.add(sheet.policy() == null ? null : sheet.policy().statement());
			row.add(sheet.policy() == null ? null : lines(sheet.policy().items()));
			row.add(sheet.policy() == null ? null : sheet.policy().summary());
			out.accept(row);
		}
	},

	/** 当年度目標. */
	GOALS("goals", "当年度目標", List.of(
			Column.text("goal_id", "目標ID", "当年度目標のID（再取込みでも変わらない）"),
			Column.typed("goal_number", "目標番号", "integer", "目標1、目標2 … の番号"),
			Column.text("goal_title", "目標", "目標の題名（【重点】を除く）"),
			Column.typed("priority", "重点", "boolean", "【重点】の目標なら true"),
			Column.typed("items", "取組み事項の数", "integer", "取組み事項 (1)(2)… の数"),
			Column.typed("actions", "取組み内容の数", "integer", "取組み内容 ①②… の数"),
			Column.text("review_results", "実績", "振り返り: 取組みを行った内容・成果（未記載は空）"),
			Column.text("review_issues", "課題・今後の方向性", "振り返り: 課題・今後の方向性（未記載は空）"))) {
		@Override
		void rows(OpenDataSheet s, Consumer<List<String>> out) {
			for (AnnualGoal goal : s.sheet().annualGoals()) {
				List<String> row = start(s);
				row.add(id(goal.id()));
				row.add(Integer.toString(goal.number()));
				row.add(goal.title());
				row.add(Boolean.toString(goal.priority()));
				row.add(Integer.toString(goal.items().size()));
				row.add(Integer.toString(goal.items().stream().mapToInt(i -> i.actions().size()).sum()));
				row.add(goal.review() == null ? null : goal.review().results());
				row.add(goal.review() == null ? null : goal.review().issues());
				out.accept(row);
			}
		}
	},

	/** 取組み内容, each with its 取組み事項. */
	ACTIONS("actions", "取組み内容", List.of(
			Column.text("goal_id", "目標ID", "属する当年度目標のID"),
			Column.typed("goal_number", "目標番号", "integer", "属する当年度目標の番号"),
			Column.text("item_id", "取組み事項ID", "属する取組み事項のID"),
			Column.text("item_label", "取組み事項の番号", "(1)、(2) など"),
			Column.text("item_text", "取組み事項", "取組み事項の文言"),
			Column.text("action_id", "取組み内容ID", "取組み内容のID（再取込みでも変わらない）"),
			Column.text("action_label", "取組み内容の番号", "①、② など（原文にないときは空）"),
			Column.text("action_text", "取組み内容", "取組み内容の文言（番号と[新規][拡充]を除く）"),
			Column.list("sub_items", "サブ項目", "\n", "取組み内容の下の・の項目（1行に1つ）"),
			Column.text("schedule", "スケジュール", "原文のスケジュール（例: 7~2月）"),
			Column.text("schedule_kind", "スケジュールの種類",
					"WHOLE_YEAR, MONTH, RANGE, FROM_MONTH, STARTING_IN, FIRST_HALF, SECOND_HALF, UNPARSED のいずれか"),
			Column.typed("start_month", "開始月", "integer", "開始の月（1〜12）"),
			Column.typed("end_month", "終了月", "integer", "終了の月（1〜12）"),
			Column.list("tags", "区分", ";", "新規・拡充（複数は ; 区切り）"),
			Column.typed("targets", "目標値の数", "integer", "この取組み内容とそのサブ項目の目標値の数（targets.csv）"))) {
		@Override
		void rows(OpenDataSheet s, Consumer<List<String>> out) {
			for (AnnualGoal goal : s.sheet().annualGoals()) {
				for (GoalItem item : goal.items()) {
					for (Action action : item.actions()) {
						List<String> row = start(s);
						row.add(id(goal.id()));
						row.add(Integer.toString(goal.number()));
						row.add(id(item.id()));
						row.add(item.label());
						row.add(item.text());
						row.add(id(action.id()));
						row.add(action.label());
						row.add(action.text());
						row.add(lines(action.subItems().stream().map(SubItem::text).toList()));
						Schedule schedule = action.schedule();
						row.add(schedule == null ? null : schedule.text());
						row.add(schedule == null || schedule.kind() == null ? null : schedule.kind().name());
						row.add(schedule == null ? null : number(schedule.startMonth()));
						row.add(schedule == null ? null : number(schedule.endMonth()));
						row.add(String.join(";", action.tags()));
						row.add(Integer.toString(action.targets().size()
								+ action.subItems().stream().mapToInt(i -> i.targets().size()).sum()));
						out.accept(row);
					}
				}
			}
		}
	},

	/** 目標値 of the actions and of their sub-points. */
	TARGETS("targets", "目標値", List.of(
			Column.text("goal_id", "目標ID", "属する当年度目標のID"),
			Column.typed("goal_number", "目標番号", "integer", "属する当年度目標の番号"),
			Column.text("item_id", "取組み事項ID", "属する取組み事項のID"),
			Column.text("action_id", "取組み内容ID", "属する取組み内容のID"),
			Column.text("action_label", "取組み内容の番号", "①、② など"),
			Column.text("target_id", "目標値ID", "取組み内容のIDと位置から導いたID（UUID v5。同じ位置なら変わらない）"),
			Column.typed("sub_item_number", "サブ項目の番号", "integer", "サブ項目の目標値なら、そのサブ項目の順番（1から）。取組み内容そのものの目標値なら空"),
			Column.typed("target_number", "目標値の番号", "integer", "同じ取組み内容（またはサブ項目）の中の順番（1から）"),
			Column.text("label", "項目", "数えるもの（例: 参加者数）"),
			Column.typed("value", "値", "decimal", "目標の値"),
			Column.text("unit", "単位", "例: 人、件、%"),
			Column.text("per", "期間", "率の期間（例: 年。10,000人/年）"),
			Column.text("text", "原文", "値を読み取った原文"))) {
		@Override
		void rows(OpenDataSheet s, Consumer<List<String>> out) {
			for (AnnualGoal goal : s.sheet().annualGoals()) {
				for (GoalItem item : goal.items()) {
					for (Action action : item.actions()) {
						for (int t = 0; t < action.targets().size(); t++) {
							out.accept(target(s, goal, item, action, -1, t, action.targets().get(t)));
						}
						for (int i = 0; i < action.subItems().size(); i++) {
							List<Target> targets = action.subItems().get(i).targets();
							for (int t = 0; t < targets.size(); t++) {
								out.accept(target(s, goal, item, action, i, t, targets.get(t)));
							}
						}
					}
				}
			}
		}

		private List<String> target(OpenDataSheet s, AnnualGoal goal, GoalItem item, Action action, int subItem,
				int position, Target target) {
			List<String> row = start(s);
			row.add(id(goal.id()));
			row.add(Integer.toString(goal.number()));
			row.add(id(item.id()));
			row.add(id(action.id()));
			row.add(action.label());
			row.add(action.id() == null ? null : DerivedIds.target(action.id(), subItem, position).toString());
			row.add(subItem < 0 ? null : Integer.toString(subItem + 1));
			row.add(Integer.toString(position + 1));
			row.add(target.label());
			row.add(target.value() == null ? null : target.value().toPlainString());
			row.add(target.unit());
			row.add(target.per());
			row.add(target.text());
			return row;
		}
	},

	/** 中期目標. */
	MID_TERM_GOALS("mid-term-goals", "中期目標", List.of(
			Column.text("mid_term_goal_id", "中期目標ID", "中期目標のID（再取込みでも変わらない）"),
			Column.typed("mid_term_goal_number", "中期目標番号", "integer", "中期目標の番号"),
			Column.text("title", "中期目標", "中期目標の題名"),
			Column.text("description", "課題・めざす成果", "取組みにあたっての課題・めざす成果"),
			Column.list("steps", "スケジュール（工程）", "\n", "工程（1行に1つ: 番号 文言 期間）"),
			Column.typed("from_year", "開始年度", "integer", "工程の最も早い開始年度（西暦）"),
			Column.typed("to_year", "終了年度", "integer", "工程の最も遅い終了年度（西暦。終わりのない工程があれば空）"))) {
		@Override
		void rows(OpenDataSheet s, Consumer<List<String>> out) {
			for (MidTermGoal goal : s.sheet().midTermGoals()) {
				List<String> row = start(s);
				row.add(id(goal.id()));
				row.add(Integer.toString(goal.number()));
				row.add(goal.title());
				row.add(goal.description());
				row.add(lines(goal.steps().stream().map(CsvLevel::step).toList()));
				row.add(goal.steps().stream().map(MidTermStep::fromYear).filter(y -> y != null).min(Integer::compare)
					.map(String::valueOf).orElse(null));
				boolean open = goal.steps().stream().anyMatch(st -> st.fromYear() != null && st.toYear() == null);
				row.add(open ? null : goal.steps().stream().map(MidTermStep::toYear).filter(y -> y != null)
					.max(Integer::compare).map(String::valueOf).orElse(null));
				out.accept(row);
			}
		}
	},

	/** 総合計画 links of annual and mid-term goals. */
	PLAN_LINKS("plan-links", "総合計画との関連", List.of(
			Column.text("goal_kind", "目標の種類", "当年度目標 または 中期目標"),
			Column.text("goal_id", "目標ID", "当年度目標または中期目標のID"),
			Column.typed("goal_number", "目標番号", "integer", "その目標の番号"),
			Column.text("link_id", "関連ID", "目標のIDと順番から導いたID（UUID v5）"),
			Column.typed("link_number", "関連の番号", "integer", "その目標の中の順番（1から）"),
			Column.text("plan_code", "総合計画コード", "施策の番号（例: 5-1-(3)。読み取れなかったときは空）"),
			Column.text("plan_text", "総合計画の文言", "シートに書かれた施策の文言"))) {
		@Override
		void rows(OpenDataSheet s, Consumer<List<String>> out) {
			goals(s.sheet(), (kind, id, number, links) -> {
				for (int i = 0; i < links.planLinks().size(); i++) {
					PlanLink link = links.planLinks().get(i);
					List<String> row = start(s);
					row.add(kind);
					row.add(id(id));
					row.add(Integer.toString(number));
					row.add(id == null ? null : DerivedIds.planLink(id, i).toString());
					row.add(Integer.toString(i + 1));
					row.add(link.code());
					row.add(link.text());
					out.accept(row);
				}
			});
		}
	},

	/** 基本政策 links of annual and mid-term goals. */
	POLICY_LINKS("policy-links", "基本政策との関連", List.of(
			Column.text("goal_kind", "目標の種類", "当年度目標 または 中期目標"),
			Column.text("goal_id", "目標ID", "当年度目標または中期目標のID"),
			Column.typed("goal_number", "目標番号", "integer", "その目標の番号"),
			Column.text("link_id", "関連ID", "目標のIDと順番から導いたID（UUID v5）"),
			Column.typed("link_number", "関連の番号", "integer", "その目標の中の順番（1から）"),
			Column.typed("policy_number", "基本政策番号", "integer", "基本政策の番号"),
			Column.text("policy_title", "基本政策", "シートに書かれた基本政策の文言"))) {
		@Override
		void rows(OpenDataSheet s, Consumer<List<String>> out) {
			goals(s.sheet(), (kind, id, number, links) -> {
				for (int i = 0; i < links.policyLinks().size(); i++) {
					PolicyLink link = links.policyLinks().get(i);
					List<String> row = start(s);
					row.add(kind);
					row.add(id(id));
					row.add(Integer.toString(number));
					row.add(id == null ? null : DerivedIds.policyLink(id, i).toString());
					row.add(Integer.toString(i + 1));
					row.add(Integer.toString(link.number()));
					row.add(link.title());
					out.accept(row);
				}
			});
		}
	};

	/** The columns every row begins with (a holder: an enum's constructor may not read its own static fields). */
	private static final class Common {

		static final List<Column> COLUMNS = List.of(
			Column.text("municipality_code", "全国地方公共団体コード", "6桁（検査数字付き）。不明のときは空"),
			Column.text("municipality", "地方公共団体名", "例: 豊中市"),
			Column.typed("fiscal_year", "年度", "integer", "年度の始まる西暦年（2024 = 令和6年度）"),
			Column.text("department", "部局", "公表されたシートの部局名"),
			Column.text("sheet_id", "シートID", "目標シートのID（部局×年度で変わらない）"));
	}

	static final String ANNUAL = "当年度目標";

	static final String MID_TERM = "中期目標";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final String baseName;

	private final String title;

	private final List<Column> columns;

	CsvLevel(String baseName, String title, List<Column> own) {
		this.baseName = baseName;
		this.title = title;
		this.columns = Stream.concat(Common.COLUMNS.stream(), own.stream()).toList();
	}

	/** The file's name, e.g. {@code goals.csv}. */
	public String fileName() {
		return baseName + ".csv";
	}

	/** What the file holds, in Japanese (e.g. 当年度目標). */
	public String title() {
		return title;
	}

	/** The columns every file begins with. */
	public static List<Column> common() {
		return Common.COLUMNS;
	}

	/** Every column, the common ones first. */
	public List<Column> columns() {
		return columns;
	}

	/** The header row: Japanese titles, or the English names. */
	List<String> header(boolean english) {
		return columns.stream().map(english ? Column::name : Column::title).toList();
	}

	/** The file's rows for one sheet, in the sheet's order. */
	abstract void rows(OpenDataSheet sheet, Consumer<List<String>> out);

	/** The level whose file has that name, or null. */
	public static CsvLevel byFileName(String name) {
		for (CsvLevel level : values()) {
			if (level.fileName().equals(name)) {
				return level;
			}
		}
		return null;
	}

	private static List<String> start(OpenDataSheet s) {
		List<String> row = new ArrayList<>(24);
		row.add(s.publication().municipalityCode());
		row.add(s.publication().municipality());
		row.add(Integer.toString(s.publication().fiscalYear()));
		row.add(s.publication().department());
		row.add(s.publication().sheetId().toString());
		return row;
	}

	private interface GoalLinks {

		void accept(String kind, UUID id, int number, Links links);
	}

	private record Links(List<PlanLink> planLinks, List<PolicyLink> policyLinks) {
	}

	private static void goals(SheetData sheet, GoalLinks each) {
		for (AnnualGoal goal : sheet.annualGoals()) {
			each.accept(ANNUAL, goal.id(), goal.number(), new Links(goal.planLinks(), goal.policyLinks()));
		}
		for (MidTermGoal goal : sheet.midTermGoals()) {
			each.accept(MID_TERM, goal.id(), goal.number(), new Links(goal.planLinks(), goal.policyLinks()));
		}
	}

	private static String step(MidTermStep step) {
		StringBuilder text = new StringBuilder();
		if (step.label() != null) {
			text.append(step.label()).append(' ');
		}
		text.append(step.text() == null ? "" : step.text());
		if (step.spanText() != null) {
			text.append(' ').append(step.spanText());
		}
		return text.toString().strip();
	}

	private static String lines(List<String> texts) {
		return texts == null ? null : String.join("\n", texts.stream().map(t -> t == null ? "" : t).toList());
	}

	private static String id(UUID id) {
		return id == null ? null : id.toString();
	}

	private static String number(Integer n) {
		return n == null ? null : n.toString();
	}
}
