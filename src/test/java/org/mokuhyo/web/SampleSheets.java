package org.mokuhyo.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetWarning;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;

/**
 * Sheets built by hand for the page tests, worded after the 市民協働部 2024 seed. The department is a parameter: the
 * tests share one database, so each names its own.
 */
public final class SampleSheets {

	private SampleSheets() {
	}

	static Schedule wholeYear() {
		return new Schedule("通年", ScheduleKind.WHOLE_YEAR, 4, 3);
	}

	static Action action(String label, String text, Schedule schedule, List<String> tags, List<Target> targets,
			List<SubItem> subItems) {
		return new Action(UUID.randomUUID(), label, text, subItems, schedule, tags, targets);
	}

	public static SheetData shimin(String department, String firstGoalTitle) {
		AnnualGoal goal1 = new AnnualGoal(UUID.randomUUID(), 1, firstGoalTitle, false, List.of(
				new GoalItem(UUID.randomUUID(), "(1)", "市民公益活動推進条例に基づく制度を運用し市民公益活動団体を支援します。", List.of(
						action("①", "市民公益活動推進助成金(夢基金)の活用", wholeYear(), List.of(), List.of(), List.of()),
						action("②", "協働事業提案制度の効果的な運用と庁内外での周知", wholeYear(), List.of(), List.of(),
								List.of()))),
				new GoalItem(UUID.randomUUID(), "(2)", "消費者教育の推進及び特殊詐欺被害防止啓発に取り組みます。", List.of(
						action("①", "通年実施、出前講座等参加者数4,000人", wholeYear(), List.of(), List.of(
								new Target("参加者数", new BigDecimal("4000"), "人", null, "参加者数4,000人")), List.of()))),
				new GoalItem(UUID.randomUUID(), "(3)", "定額減税補足給付金事業の実施", List.of(
						action("①", "令和6年分所得税及び個人住民税の定額減税に伴い、納税義務者に給付金を支給",
								new Schedule("11月", ScheduleKind.MONTH, 11, 11), List.of("新規"), List.of(),
								List.of())))),
				List.of(new PlanLink("5-1-(3)", "地域課題の共有を図り、多様な主体による協働のまちづくりを推進します")),
				List.of(new PolicyLink(45, "新たなコミュニティとつながりの創出")),
				new Review("助成金を12団体に交付し、協働事業提案を3件採択した。", "提案の裾野を広げるため、庁内周知を強化する。"));

		AnnualGoal goal2 = new AnnualGoal(UUID.randomUUID(), 2, "人権尊重・平和啓発", true, List.of(
				new GoalItem(UUID.randomUUID(), "(1)", "女性活躍・働き方改革を推進するとともに困難女性を支援します。", List.of(
						action("①", "女性活躍・働き方改革の推進", null, List.of(), List.of(), List.of(
								new SubItem("女性活躍推進事業者認証制度の周知・啓発（認証事業者10社）", List.of("拡充"),
										List.of(new Target("認証事業者", new BigDecimal("10"), "社", null, "認証事業者10社")),
										null),
								new SubItem("事業者間のネットワークづくり", List.of("新規"), List.of(), null))),
						action("②", "女性総合相談支援窓口の開設", new Schedule("5月", ScheduleKind.MONTH, 5, 5),
								List.of("新規"), List.of(), List.of()))),
				new GoalItem(UUID.randomUUID(), "(2)", "とよなか地域創生塾事業を実施し、地域人材の育成支援を行います。", List.of(
						action("①", "塾の開講", new Schedule("7~2月", ScheduleKind.RANGE, 7, 2), List.of(), List.of(),
								List.of()),
						action("②", "地域での交流事業・防災イベント", new Schedule("下半期", ScheduleKind.SECOND_HALF, 10, 3),
								List.of("拡充"), List.of(), List.of()),
						action("③", "市民や学術研究機関等との連携・協働による平和啓発", null, List.of(), List.of(
								new Target("平和展示室来館者数", new BigDecimal("10000"), "人", "年", "平和展示室来館者数 10,000人/年")),
								List.of()),
						action("④", "中学卒業時の進路未決定者全数把握と対応", new Schedule("4月以降", ScheduleKind.FROM_MONTH, 4, null),
								List.of(), List.of(), List.of(new SubItem("人権問題事業者学習会（7月 参加者：150人）", List.of(),
										List.of(new Target("参加者", new BigDecimal("150"), "人", null, "参加者：150人")),
										new Schedule("7月", ScheduleKind.MONTH, 7, 7))))))),
				List.of(new PlanLink("4-1-(1)", "非核平和都市の実現をめざすとともに、同和問題をはじめとした多様な人権課題に関わる差別の解消を図り、人権と平和が尊重されるよう取り組みます"),
						new PlanLink("4-1-(3)", "多文化共生のまちづくりを進めます")),
				List.of(new PolicyLink(49, "女性活躍・働き方改革の推進")),
				Review.PENDING);

		MidTermGoal mid = new MidTermGoal(UUID.randomUUID(), 1, "地域コミュニティの活性化及び地域連携の推進",
				"(1) 地域自治組織(検討会)の設立数が増加するよう支援し、地域コミュニティの活性化を図ります。\n(2) 多様な主体と協働しながら地域連携事業を実施します。",
				List.of(new DescriptionItem("(1)", "地域自治組織(検討会)の設立数が増加するよう支援し、地域コミュニティの活性化を図ります。",
						List.of()),
						new DescriptionItem("(2)", "多様な主体と協働しながら地域連携事業を実施します。",
								List.of("高校・大学と地域団体の連携", "両コラボセンターでの事業実施"))),
				List.of(new MidTermStep("①", "形成支援を公民分館等へ働きかけ", "(1)", "地域自治の推進", "令和6年度(2024年度)～", 2024,
						null),
						new MidTermStep("②", "市民公益活動推進委員会答申に基づく取組みの実施", "(1)", "地域自治の推進",
								"令和6年度（2024年度）～令和9年度（2027年度）", 2024, 2027),
						new MidTermStep("①", "高校・大学と地域団体のマッチング交流会実施", "(2)", "地域連携事業の実施", "令和6年度(2024年度)",
								2024, 2024)),
				List.of(new PlanLink("5-1-(3)", "地域課題の共有を図り、多様な主体による協働のまちづくりを推進します")),
				List.of(new PolicyLink(32, "南部地域の活性化"), new PolicyLink(45, "新たなコミュニティとつながりの創出")));

		return new SheetData(null, null, "豊中市", "272035", 2024, "令和6年度", new Department(department, "部長", "宮城 節子"),
				List.of("市民のくらしの安心・安全を図るとともに、市民力・地域力を活かし、市民・事業者との協働のなかで市民自治を推進します。",
						"窓口事務の適正な実施、サービスの向上を図り、市民満足度の向上、市民と行政の信頼関係構築を図ります。",
						"人権文化のまちづくりを推進します。"),
				new Policy("市民、地域・市民団体、事業者、学校等多様な主体と協働し、人権尊重を基軸に、「くらしの安心・安全」と「地域コミュニティの活性化」を実現します。",
						List.of("市民公益活動推進条例に基づく制度の運用及び市民公益活動支援センター運営を通して市民公益活動団体の支援や市民との協働を進めます。",
								"よりよい市民窓口サービスが提供できるよう、ICTの活用等を図ります。"),
						null),
				List.of(goal1, goal2), List.of(mid));
	}

	public static SheetData shimin(String department) {
		return shimin(department, "市民協働の推進");
	}

	public static List<SheetWarning> warnings() {
		return List.of(new SheetWarning(42, 3, "UNPLACED_TEXT", "どの欄にも当てはまらない文があります。", "※詳細は別紙"),
				new SheetWarning(57, null, "SCHEDULE_UNREAD", "スケジュールを読み取れませんでした。", "令和6年度(2024年度)、取り組み見直し"));
	}

	/** A small sheet of another department and year, for the list. */
	public static SheetData other(String department, int fiscalYear, String eraLabel) {
		return new SheetData(null, null, "豊中市", "272035", fiscalYear, eraLabel, new Department(department, "部長", "山田 太郎"),
				List.of("使命"), new Policy("方針", List.of(), null),
				List.of(new AnnualGoal(UUID.randomUUID(), 1, "目標", false, List.of(), List.of(), List.of(), Review.PENDING)),
				List.of());
	}
}
