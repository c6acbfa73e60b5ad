package org.mokuhyo;

import java.math.BigDecimal;
import java.util.List;

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
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;

/**
 * Hand-built sheets that use every field of the sheet model, including the absent and the still-empty variants
 * (no schedule, pending review, no review, unlabelled action, open-ended step).
 */
public final class SampleSheets {

	public static final String MUNICIPALITY = "豊中市";

	public static final String MUNICIPALITY_CODE = "272035";

	private SampleSheets() {
	}

	/** The sheet with the title of annual goal {@code index} replaced: a simple edit. */
	public static SheetData withTitle(SheetData sheet, int index, String title) {
		List<AnnualGoal> goals = new java.util.ArrayList<>(sheet.annualGoals());
		AnnualGoal g = goals.get(index);
		goals.set(index, new AnnualGoal(g.id(), g.number(), title, g.priority(), g.items(), g.planLinks(),
				g.policyLinks(), g.review()));
		return new SheetData(sheet.id(), sheet.version(), sheet.municipality(), sheet.municipalityCode(),
				sheet.fiscalYear(), sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(), goals,
				sheet.midTermGoals());
	}

	public static SheetData full(String department, int fiscalYear) {
		return full(MUNICIPALITY, MUNICIPALITY_CODE, department, fiscalYear);
	}

	public static SheetData full(String municipality, String code, String department, int fiscalYear) {
		Action wholeYear = new Action(null, "①", "市民公益活動推進助成金(夢基金)の活用", List.of(),
				new Schedule("通年", ScheduleKind.WHOLE_YEAR, 4, 3), List.of(), List.of());
		Action withEverything = new Action(null, "②", "出前講座等の実施",
				List.of(new SubItem("高校生世代向け講座", List.of("拡充"),
						List.of(new Target(null, new BigDecimal("10000"), "人", "年", "10,000人/年")),
						new Schedule("7~2月", ScheduleKind.RANGE, 7, 2)),
						new SubItem("啓発冊子の配布", List.of(), List.of(), null)),
				new Schedule("11月", ScheduleKind.MONTH, 11, 11), List.of("新規", "拡充"),
				List.of(new Target("参加者数", new BigDecimal("4000"), "人", null, "参加者数4,000人"),
						new Target("達成率", new BigDecimal("12.50"), "%", null, "達成率12.50%")));
		Action unlabelled = new Action(null, null, "通年実施", List.of(), null, List.of(), List.of());
		AnnualGoal first = new AnnualGoal(null, 1, "市民協働の推進", false,
				List.of(new GoalItem(null, "(1)", "市民公益活動団体を支援します。", List.of(wholeYear, withEverything)),
						new GoalItem(null, "(2)", "協働の文化の浸透を図ります。", List.of(unlabelled))),
				List.of(new PlanLink("5-1-(3)", "地域課題の共有を図り、多様な主体による協働のまちづくりを推進します")),
				List.of(new PolicyLink(45, "新たなコミュニティとつながりの創出")), Review.PENDING);
		AnnualGoal second = new AnnualGoal(null, 2, "地域コミュニティの活性化", true,
				List.of(new GoalItem(null, "(1)", "地域自治組織の形成を支援します。",
						List.of(new Action(null, "①", "新たな地域自治組織の設置に向けた支援", List.of(),
								new Schedule("4月以降", ScheduleKind.FROM_MONTH, 4, null), List.of("拡充"), List.of())))),
				List.of(new PlanLink("5-1-(3)", "地域課題の共有を図り、多様な主体による協働のまちづくりを推進します"),
						new PlanLink("2-4-(2)", null)),
				List.of(new PolicyLink(32, "南部地域の活性化"), new PolicyLink(45, "新たなコミュニティとつながりの創出")),
				new Review("地域自治組織が2校区で設立された。", null));
		AnnualGoal third = new AnnualGoal(null, 3, "市民窓口サービスの向上", false, List.of(), List.of(), List.of(), null);
		MidTermGoal midTerm = new MidTermGoal(null, 1, "地域自治の推進",
				"(1) 地域自治組織の設立\n(2) 担い手の育成",
				List.of(new DescriptionItem("(1)", "地域自治組織の設立", List.of("未設置校区への働きかけ", "設立後の支援")),
						new DescriptionItem(null, "担い手の育成", List.of())),
				List.of(new MidTermStep("①", "設立支援", "(1)", "地域自治の推進", "令和6年度(2024年度)～", 2024, null),
						new MidTermStep("②", "全校区での設立", "(1)", "地域自治の推進",
								"令和7年度(2025年度)～令和9年度(2027年度)", 2025, 2027),
						new MidTermStep(null, "継続的な見直し", null, null, null, null, null)),
				List.of(new PlanLink("5-1-(3)", "地域課題の共有を図り、多様な主体による協働のまちづくりを推進します")),
				List.of(new PolicyLink(46, "多世代交流のまちづくり")));
		return new SheetData(null, null, municipality, code, fiscalYear, null,
				new Department(department, "部長", "宮城 節子"),
				List.of("市民のくらしの安心・安全を図ります。", "人権文化のまちづくりを推進します。"),
				new Policy("多様な主体と協働し、人権尊重を基軸に取り組みます。",
						List.of("市民公益活動を支援します。", "窓口サービスを向上します。"), null),
				List.of(first, second, third), List.of(midTerm));
	}
}
