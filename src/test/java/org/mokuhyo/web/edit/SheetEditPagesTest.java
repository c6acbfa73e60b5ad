package org.mokuhyo.web.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The edit pages over HTTP with real sessions: each test imports the full sample sheet under its own department
 * (the tests share one database) and edits it as that department's editor.
 */
@IntegrationTest
class SheetEditPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	ImportService importService;

	private TestUsers users;

	private String department;

	private UUID id;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
		department = WebTestSupport.unique("市民協働部");
		id = store.save(SampleSheets.full(department, 2024), List.of(), "seed.txt", Change.importBy(null, "取込 一郎")).id();
	}

	private WebTestSupport editor() throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(users.editor(department));
		return web;
	}

	private String base() {
		return "/sheets/" + id + "/edit";
	}

	private static String baseVersion(Document form) {
		return form.selectFirst("form[action$=/basics] input[name=baseVersion], form.edit-form input[name=baseVersion]").val();
	}

	private static String enc(String value) {
		return WebTestSupport.encode(value);
	}

	private int version() {
		return store.currentVersion(id).orElseThrow();
	}

	@Test
	void basicsRoundTrip() throws Exception {
		WebTestSupport web = editor();
		WebTestSupport.Response form = web.get(base() + "/basics");
		assertThat(form.status()).isEqualTo(200);
		Document doc = form.document();
		assertThat(doc.selectFirst("textarea#missions").text()).contains("市民のくらしの安心・安全を図ります。");
		assertThat(doc.select("label[for=headName]")).hasSize(1);

		WebTestSupport.Response saved = web.postUrlEncoded(base() + "/basics", "headTitle=" + enc("部長") + "&headName="
				+ enc("山田 花子") + "&missions=" + enc("使命その一\r\n\r\n使命その二\r\n") + "&statement=" + enc("方針の文")
				+ "&policyItems=" + enc("項目A\n項目B") + "&baseVersion=" + baseVersion(doc));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(web.follow(saved).body()).contains("基本情報・使命・方針を保存しました。");

		SheetData sheet = store.find(id).orElseThrow();
		assertThat(sheet.version()).isEqualTo(2);
		assertThat(sheet.department().headName()).isEqualTo("山田 花子");
		assertThat(sheet.missions()).containsExactly("使命その一", "使命その二");
		assertThat(sheet.policy().statement()).isEqualTo("方針の文");
		assertThat(sheet.policy().items()).containsExactly("項目A", "項目B");
		assertThat(sheet.annualGoals()).hasSize(3);
	}

	@Test
	void aGoalRoundTripsThroughTheSheetsOwnNotation() throws Exception {
		WebTestSupport web = editor();
		SheetData before = store.find(id).orElseThrow();
		Document doc = web.get(base() + "/goals/1").document();
		// the form shows the goal in the notation it reads
		assertThat(doc.selectFirst("textarea#items").text()).contains("(1) 市民公益活動団体を支援します。")
			.contains("① 市民公益活動推進助成金(夢基金)の活用 (通年)")
			.contains("・高校生世代向け講座 (7~2月) [拡充]");
		assertThat(doc.select("input[name=planLink][value=5-1-(3)]").attr("checked")).isNotNull();
		assertThat(doc.select("input[name=policyLink][value=45]").hasAttr("checked")).isTrue();
		assertThat(doc.select("input[name=policyLink][value=32]").hasAttr("checked")).isFalse();

		String items = "(1) 市民公益活動団体を支援します。\n① 行動の文 (7~2月) [新規] 参加者数4,000人\n・サブ項目の文\n(2) 新しい項目\n・番号のない行動";
		WebTestSupport.Response saved = web.postUrlEncoded(base() + "/goals/1", "title=" + enc("市民協働の強化")
				+ "&priority=1&items=" + enc(items) + "&planLink=" + enc("2-4-(2)") + "&policyLink=32&policyLink=45"
				+ "&baseVersion=" + baseVersion(doc));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(web.follow(saved).body()).contains("目標1を保存しました。");

		AnnualGoal goal = store.find(id).orElseThrow().annualGoals().get(0);
		assertThat(goal.title()).isEqualTo("市民協働の強化");
		assertThat(goal.priority()).isTrue();
		assertThat(goal.id()).isEqualTo(before.annualGoals().get(0).id());
		assertThat(goal.items()).hasSize(2);
		GoalItem first = goal.items().get(0);
		assertThat(first.id()).as("an item keeps its id").isEqualTo(before.annualGoals().get(0).items().get(0).id());
		Action action = first.actions().get(0);
		assertThat(action.label()).isEqualTo("①");
		assertThat(action.text()).isEqualTo("行動の文 参加者数4,000人");
		assertThat(action.schedule()).isEqualTo(new Schedule("7~2月", ScheduleKind.RANGE, 7, 2));
		assertThat(action.tags()).containsExactly("新規");
		assertThat(action.targets()).singleElement().satisfies(t -> {
			assertThat(t.value()).isEqualByComparingTo(new BigDecimal("4000"));
			assertThat(t.unit()).isEqualTo("人");
			assertThat(t.label()).isEqualTo("参加者数");
		});
		assertThat(action.subItems()).containsExactly(new SubItem("サブ項目の文", List.of(), List.<Target>of(), null));
		assertThat(goal.items().get(1).actions()).singleElement()
			.satisfies(a -> assertThat(a.label()).isNull())
			.satisfies(a -> assertThat(a.text()).isEqualTo("番号のない行動"));
		assertThat(goal.planLinks()).extracting(PlanLink::code).containsExactly("2-4-(2)");
		assertThat(goal.policyLinks()).extracting(PolicyLink::number).containsExactly(32, 45);
		assertThat(goal.review()).isEqualTo(before.annualGoals().get(0).review());

		// rendered back and saved unchanged: no new version
		Document again = web.get(base() + "/goals/1").document();
		String text = again.selectFirst("textarea#items").wholeText();
		WebTestSupport.Response same = web.postUrlEncoded(base() + "/goals/1", "title=" + enc("市民協働の強化")
				+ "&priority=1&items=" + enc(text) + "&planLink=" + enc("2-4-(2)") + "&policyLink=32&policyLink=45"
				+ "&baseVersion=" + baseVersion(again));
		assertThat(web.follow(same).body()).contains("変更はありませんでした。");
		assertThat(version()).isEqualTo(2);
	}

	@Test
	void invalidInputIsShownAgainWithItsLineAndNothingIsSaved() throws Exception {
		WebTestSupport web = editor();
		Document doc = web.get(base() + "/goals/1").document();
		WebTestSupport.Response noTitle = web.postUrlEncoded(base() + "/goals/1",
				"title=&items=" + enc("(1) 項目") + "&baseVersion=" + baseVersion(doc));
		assertThat(noTitle.status()).isEqualTo(422);
		assertThat(noTitle.document().select("[role=alert]").text()).contains("目標の名称を入力してください。");

		WebTestSupport.Response actionFirst = web.postUrlEncoded(base() + "/goals/1", "title=" + enc("目標")
				+ "&items=" + enc("\n① 行動が先\n(1) 項目") + "&baseVersion=" + baseVersion(doc));
		assertThat(actionFirst.status()).isEqualTo(422);
		assertThat(actionFirst.document().select("[role=alert]").text()).contains("2行目");
		assertThat(actionFirst.document().selectFirst("textarea#items").text()).contains("① 行動が先");
		assertThat(version()).isEqualTo(1);
	}

	@Test
	void thePreviewShowsWhatTheNotationReadsAsAndSavesNothing() throws Exception {
		WebTestSupport web = editor();
		Document doc = web.get(base() + "/goals/1").document();
		// from the start the page shows what the stored goal reads as, and the words to insert
		assertThat(doc.select("#notation-preview .reading-schedule").eachText()).contains("スケジュール: 通年 → 通年（4月〜翌年3月）");
		assertThat(doc.select("#notation-preview .preview-ok").text()).isEqualTo("読み取れない行はありません。");
		assertThat(doc.select(".notation-words code[data-insert]").eachText()).contains("(通年)", "(上半期)", "(7~2月)",
				"(4月以降)", "[新規]", "[拡充]");
		assertThat(doc.selectFirst("textarea#items").attr("hx-post")).isEqualTo(base() + "/goals/1/preview");

		String items = "(1) 項目\n① 行動の文 (7~2月) [新規] 参加者数4,000人\n説明だけの行\n  ・サブ (3~4月)";
		WebTestSupport.Response preview = web.postUrlEncoded(base() + "/goals/1",
				"title=" + enc("目標") + "&items=" + enc(items) + "&baseVersion=1&preview=1");
		assertThat(preview.status()).isEqualTo(200);
		Document page = preview.document();
		assertThat(page.selectFirst("textarea#items").wholeText()).isEqualTo(items);
		assertThat(page.select("#notation-preview .preview-actions > li > .readings").first().text())
			.isEqualTo("スケジュール: 7~2月 → 期間（7月〜翌年2月） 新規 目標: 参加者数 4,000人");
		assertThat(page.select("#notation-preview .preview-warnings li").eachText()).hasSize(2)
			.anySatisfy(w -> assertThat(w).startsWith("3行目 説明だけの行").contains("行の始めに (1)、①、・ のいずれかを付けてください"))
			.anySatisfy(w -> assertThat(w).contains("3~4月").contains("スケジュールの月が読み取れません"));
		assertThat(version()).isEqualTo(1);

		// htmx's request as the person types: the preview alone
		WebTestSupport.Response fragment = web.postUrlEncoded(base() + "/goals/1/preview",
				"title=&items=" + enc("① 項目より前"));
		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html");
		assertThat(fragment.document().select(".preview-warnings li").eachText()).hasSize(2)
			.anySatisfy(w -> assertThat(w).contains("目標の名称を入力してください"))
			.anySatisfy(w -> assertThat(w).startsWith("1行目 ① 項目より前"));
		assertThat(version()).isEqualTo(1);
	}

	@Test
	void textOverItsLimitIsRefusedWithItsLength() throws Exception {
		WebTestSupport web = editor();
		WebTestSupport.Response longTitle = web.postUrlEncoded(base() + "/goals/1",
				"title=" + enc("長".repeat(501)) + "&items=" + enc("(1) 項目") + "&baseVersion=1");
		assertThat(longTitle.status()).isEqualTo(422);
		assertThat(longTitle.document().select("[role=alert]").text())
			.contains("「目標の名称」は500字以内で入力してください（いま501字）。");
		WebTestSupport.Response longMissions = web.postUrlEncoded(base() + "/basics",
				"missions=" + enc("使".repeat(20_001)) + "&baseVersion=1");
		assertThat(longMissions.status()).isEqualTo(422);
		assertThat(longMissions.document().select("[role=alert]").text()).contains("「部局の使命」は20,000字以内");
		assertThat(web.postUrlEncoded(base() + "/goals", "title=" + enc("長".repeat(501)) + "&baseVersion=1").status())
			.isEqualTo(422);
		assertThat(version()).isEqualTo(1);
	}

	@Test
	void onlyTheDepartmentsEditorsMayEditAndNotWhileUnderReview() throws Exception {
		WebTestSupport viewer = new WebTestSupport(port);
		viewer.signIn(users.viewer());
		assertThat(viewer.get(base() + "/basics").status()).isEqualTo(403);
		assertThat(viewer.get(base() + "/goals/1").status()).isEqualTo(403);
		assertThat(viewer.postUrlEncoded(base() + "/basics", "missions=x&baseVersion=1").status()).isEqualTo(403);
		WebTestSupport other = new WebTestSupport(port);
		other.signIn(users.editor(WebTestSupport.unique("別部")));
		assertThat(other.postUrlEncoded(base() + "/goals", "title=x&baseVersion=1").status()).isEqualTo(403);
		WebTestSupport publicReader = new WebTestSupport(port);
		assertThat(publicReader.get(base() + "/basics").status()).isEqualTo(404);
		assertThat(publicReader.get(base() + "/goals/1").status()).isEqualTo(404);

		WebTestSupport web = editor();
		assertThat(web.get("/sheets/" + id + "/workflow").document().select("a[href$=/edit/goals/2]").text())
			.isEqualTo("目標2 地域コミュニティの活性化");
		assertThat(viewer.get("/sheets/" + id + "/workflow").document().select("a[href*=/edit/]")).isEmpty();
		assertThat(web.postUrlEncoded("/sheets/" + id + "/steps", "step=SUBMIT&comment=").status()).isEqualTo(302);
		assertThat(web.get("/sheets/" + id + "/workflow").document().select("a[href*=/edit/]")).isEmpty();

		WebTestSupport.Response refused = web.postUrlEncoded(base() + "/basics",
				"missions=" + enc("提出後の変更") + "&baseVersion=1");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().select("[role=alert]").text()).contains("編集できません");
		assertThat(refused.document().selectFirst("textarea#missions").text()).isEqualTo("提出後の変更");
		assertThat(version()).isEqualTo(1);
		assertThat(store.find(id).orElseThrow().missions()).doesNotContain("提出後の変更");
	}

	@Test
	void goalsAreAddedMovedAndRemovedAndNumberedAgain() throws Exception {
		WebTestSupport web = editor();
		SheetData before = store.find(id).orElseThrow();
		WebTestSupport.Response added = web.postUrlEncoded(base() + "/goals", "title=" + enc("新しい目標") + "&baseVersion=1");
		assertThat(added.status()).isEqualTo(302);
		assertThat(store.find(id).orElseThrow().annualGoals()).extracting(AnnualGoal::number, AnnualGoal::title)
			.last()
			.isEqualTo(org.assertj.core.groups.Tuple.tuple(4, "新しい目標"));

		assertThat(web.postUrlEncoded(base() + "/goals/4/move", "direction=up&baseVersion=2").status()).isEqualTo(302);
		assertThat(web.postUrlEncoded(base() + "/goals/1/move", "direction=up&baseVersion=3").status()).isEqualTo(400);
		assertThat(web.postUrlEncoded(base() + "/goals/1/delete", "baseVersion=3").status()).isEqualTo(422);
		assertThat(web.postUrlEncoded(base() + "/goals/1/delete", "confirm=1&baseVersion=3").status()).isEqualTo(302);

		SheetData after = store.find(id).orElseThrow();
		assertThat(after.annualGoals()).extracting(AnnualGoal::number).containsExactly(1, 2, 3);
		assertThat(after.annualGoals()).extracting(AnnualGoal::title)
			.containsExactly("地域コミュニティの活性化", "新しい目標", "市民窓口サービスの向上");
		assertThat(after.annualGoals().get(0).id()).as("a goal keeps its id when renumbered")
			.isEqualTo(before.annualGoals().get(1).id());
		assertThat(after.annualGoals().get(0).items().get(0).id()).isEqualTo(before.annualGoals().get(1).items().get(0).id());
	}

	@Test
	void theSecondOfTwoConcurrentEditsSeesTheFirstAndMergesByHand() throws Exception {
		WebTestSupport first = editor();
		WebTestSupport second = editor();
		Document firstForm = first.get(base() + "/goals/1").document();
		Document secondForm = second.get(base() + "/basics").document();
		assertThat(baseVersion(firstForm)).isEqualTo(baseVersion(secondForm)).isEqualTo("1");

		WebTestSupport.Response firstSave = first.postUrlEncoded(base() + "/goals/1", "title=" + enc("市民協働の強化")
				+ "&items=" + enc(firstForm.selectFirst("textarea#items").wholeText()) + "&planLink=" + enc("5-1-(3)")
				+ "&policyLink=45&baseVersion=1");
		assertThat(firstSave.status()).isEqualTo(302);

		String missions = "市民のくらしの安心・安全を図ります。\n二人目が書き足した使命";
		WebTestSupport.Response conflict = second.postUrlEncoded(base() + "/basics", "headTitle=" + enc("部長")
				+ "&headName=" + enc("宮城 節子") + "&missions=" + enc(missions) + "&statement=" + enc("方針")
				+ "&policyItems=&baseVersion=1");
		assertThat(conflict.status()).isEqualTo(409);
		Document page = conflict.document();
		assertThat(page.select("#conflict-heading").text()).isEqualTo("ほかの人が先に保存しました");
		assertThat(page.select(".compare-table del").text()).contains("推進");
		assertThat(page.select(".compare-table ins").text()).contains("強化");
		assertThat(page.select(".compare-table tbody tr")).as("only the first one's change").hasSize(1);
		assertThat(page.selectFirst("textarea#missions").text()).contains("二人目が書き足した使命");
		assertThat(baseVersion(page)).isEqualTo("2");
		assertThat(version()).isEqualTo(2);
		assertThat(store.find(id).orElseThrow().missions()).doesNotContain("二人目が書き足した使命");

		WebTestSupport.Response merged = second.postUrlEncoded(base() + "/basics", "headTitle=" + enc("部長")
				+ "&headName=" + enc("宮城 節子") + "&missions=" + enc(missions) + "&statement=" + enc("方針")
				+ "&policyItems=&baseVersion=" + baseVersion(page));
		assertThat(merged.status()).isEqualTo(302);
		SheetData sheet = store.find(id).orElseThrow();
		assertThat(sheet.version()).isEqualTo(3);
		assertThat(sheet.missions()).contains("二人目が書き足した使命");
		assertThat(sheet.annualGoals().get(0).title()).as("the first edit is not lost").isEqualTo("市民協働の強化");

		// a goal list change from a stale page is refused the same way, the basics shown as they are now
		WebTestSupport.Response staleMove = first.postUrlEncoded(base() + "/goals/2/move", "direction=up&baseVersion=2");
		assertThat(staleMove.status()).isEqualTo(409);
		assertThat(staleMove.document().selectFirst("textarea#missions").text()).contains("二人目が書き足した使命");
		assertThat(store.find(id).orElseThrow().annualGoals().get(0).title()).isEqualTo("市民協働の強化");
	}

	/** The real seed: every goal's form, saved as shown, changes nothing (the notation loses nothing). */
	@Test
	void theSeedsGoalsSavedAsShownChangeNothing() throws Exception {
		String source = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);
		// the seed as published, over what this class's other tests wrote on the sheet (confirmed, as a person would)
		id = importService
			.importSheet(source.getBytes(StandardCharsets.UTF_8), "seed.txt", ImportOptions.none().replacing(true))
			.sheetId();
		SheetData imported = store.find(id).orElseThrow();
		WebTestSupport web = editor();
		for (AnnualGoal goal : imported.annualGoals()) {
			Document form = web.get(base() + "/goals/" + goal.number()).document();
			StringBuilder body = new StringBuilder("title=" + enc(form.selectFirst("input#title").val()));
			if (form.selectFirst("input#priority").hasAttr("checked")) {
				body.append("&priority=1");
			}
			body.append("&items=").append(enc(form.selectFirst("textarea#items").wholeText()));
			form.select("input[name=planLink][checked]").forEach(i -> body.append("&planLink=").append(enc(i.val())));
			form.select("input[name=policyLink][checked]").forEach(i -> body.append("&policyLink=").append(enc(i.val())));
			body.append("&baseVersion=").append(baseVersion(form));
			WebTestSupport.Response saved = web.postUrlEncoded(base() + "/goals/" + goal.number(), body.toString());
			assertThat(saved.status()).as("goal " + goal.number()).isEqualTo(302);
			assertThat(web.follow(saved).body()).as("goal " + goal.number()).contains("変更はありませんでした。");
		}
		assertThat(store.find(id).orElseThrow()).isEqualTo(imported);
	}
}
