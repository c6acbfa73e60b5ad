package org.mokuhyo.web.edit;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The mid-term goal pages over HTTP with real sessions, as a browser without JavaScript uses them: each test stores
 * the sample sheet under its own department and edits it as that department's editor.
 */
@IntegrationTest
class MidTermEditPagesTest {

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

	private int version() {
		return store.currentVersion(id).orElseThrow();
	}

	private static String enc(String value) {
		return WebTestSupport.encode(value);
	}

	/**
	 * The form as a browser would send it: every field as the page shows it, except those given as name, value
	 * pairs (added when the page has no such field).
	 */
	private static String body(Document form, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("title", form.selectFirst("input#title").val());
		fields.put("description", form.selectFirst("textarea#description").wholeText());
		fields.put("steps", form.selectFirst("textarea#steps").wholeText());
		fields.put("baseVersion", form.selectFirst("form.edit-form input[name=baseVersion]").val());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=').append(enc(value)));
		form.select("input[name=planLink][checked]").forEach(i -> body.append("&planLink=").append(enc(i.val())));
		form.select("input[name=policyLink][checked]").forEach(i -> body.append("&policyLink=").append(enc(i.val())));
		return body.toString();
	}

	@Test
	void aMidTermGoalRoundTripsThroughTheSheetsOwnNotation() throws Exception {
		WebTestSupport web = editor();
		SheetData before = store.find(id).orElseThrow();
		Document doc = web.get(base() + "/mid-term/1").document();
		assertThat(doc.selectFirst("input#title").val()).isEqualTo("地域自治の推進");
		assertThat(doc.selectFirst("textarea#description").wholeText())
			.isEqualTo("(1) 地域自治組織の設立\n・未設置校区への働きかけ\n・設立後の支援\n担い手の育成\n");
		assertThat(doc.selectFirst("textarea#steps").wholeText()).isEqualTo("(1) 地域自治の推進\n① 設立支援 令和6年度(2024年度)～\n"
				+ "② 全校区での設立 令和7年度(2025年度)～令和9年度(2027年度)\n\n継続的な見直し\n");
		assertThat(doc.select("input[name=policyLink][value=46]").hasAttr("checked")).isTrue();
		// the page shows what the stored text reads as, with the step that names no year
		assertThat(doc.select("#notation-preview .reading-span").eachText()).containsExactly("年度: 令和6年度（2024年度）〜",
				"年度: 令和7年度（2025年度）〜令和9年度（2027年度）");
		assertThat(doc.select("#notation-preview .preview-warnings").text()).contains("スケジュール(工程)の5行目")
			.contains("継続的な見直し");

		String steps = "(1) 地域自治の推進\n①形成支援を公民分館等へ働きかけ 令和6年度(2024年度)～\n"
				+ "(2) 平和活動ボランティア育成・活動支援 令和6年度（2024年度）～令和9年度（2027年度）";
		WebTestSupport.Response saved = web.postUrlEncoded(base() + "/mid-term/1", "title=" + enc("地域自治の推進と担い手")
				+ "&description=" + enc("1) 地域自治組織の設立\n・未設置校区への働きかけ\n(2) 担い手の育成") + "&steps=" + enc(steps)
				+ "&planLink=" + enc("2-4-(2)") + "&policyLink=32&policyLink=46&baseVersion=1");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(web.follow(saved).body()).contains("中期目標1を保存しました。");

		MidTermGoal goal = store.find(id).orElseThrow().midTermGoals().get(0);
		assertThat(goal.id()).as("the goal keeps its id").isEqualTo(before.midTermGoals().get(0).id());
		assertThat(goal.title()).isEqualTo("地域自治の推進と担い手");
		assertThat(goal.descriptionItems()).containsExactly(
				new DescriptionItem("(1)", "地域自治組織の設立", List.of("未設置校区への働きかけ")),
				new DescriptionItem("(2)", "担い手の育成", List.of()));
		assertThat(goal.description()).isEqualTo("(1) 地域自治組織の設立\n・未設置校区への働きかけ\n(2) 担い手の育成");
		assertThat(goal.steps()).containsExactly(
				new MidTermStep("①", "形成支援を公民分館等へ働きかけ", "(1)", "地域自治の推進", "令和6年度(2024年度)～", 2024, null),
				new MidTermStep("(2)", "平和活動ボランティア育成・活動支援", null, null, "令和6年度（2024年度）～令和9年度（2027年度）", 2024,
						2027));
		assertThat(goal.planLinks()).extracting(PlanLink::code).containsExactly("2-4-(2)");
		assertThat(goal.policyLinks()).extracting(PolicyLink::number).containsExactly(32, 46);
		assertThat(store.find(id).orElseThrow().annualGoals()).isEqualTo(before.annualGoals());
	}

	@Test
	void aStepWhoseYearCannotBeReadIsSavedAsWrittenWithAWarning() throws Exception {
		WebTestSupport web = editor();
		Document doc = web.get(base() + "/mid-term/1").document();
		WebTestSupport.Response saved = web.postUrlEncoded(base() + "/mid-term/1",
				body(doc, "steps", "① 設立支援 令和ゼロ年度から"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(store.find(id).orElseThrow().midTermGoals().get(0).steps())
			.containsExactly(new MidTermStep("①", "設立支援 令和ゼロ年度から", null, null, null, null, null));
		Document after = web.follow(saved).document();
		assertThat(after.select("#notation-preview .preview-warnings").text()).contains("スケジュール(工程)の1行目")
			.contains("年度が読み取れません");
		assertThat(after.select("#notation-preview .reading-missing").text()).isEqualTo("年度: 読み取れません");
	}

	@Test
	void thePreviewButtonShowsWhatTheTextReadsAsAndSavesNothing() throws Exception {
		WebTestSupport web = editor();
		Document doc = web.get(base() + "/mid-term/1").document();
		assertThat(doc.select("form.edit-form button[name=preview]").text()).isEqualTo("プレビュー（保存しません）");
		String steps = "(1) 地域連携事業の実施\n①高校・大学と地域団体のマッチング交流会実施 令和6年度(2024年度)～\n② 年度のない工程";
		WebTestSupport.Response preview = web.postUrlEncoded(base() + "/mid-term/1",
				"title=&description=" + enc("(1) 課題\n・箇条書き") + "&steps=" + enc(steps) + "&baseVersion=1&preview=1");
		assertThat(preview.status()).isEqualTo(200);
		Document page = preview.document();
		assertThat(page.selectFirst("textarea#steps").wholeText()).isEqualTo(steps);
		assertThat(page.select("#notation-preview .step-group-title").text()).isEqualTo("(1) 地域連携事業の実施");
		assertThat(page.select("#notation-preview .reading-span").eachText()).containsExactly("年度: 令和6年度（2024年度）〜");
		assertThat(page.select("#notation-preview .preview-subitems li").eachText()).containsExactly("箇条書き");
		assertThat(page.select("#notation-preview .preview-warnings li").eachText()).hasSize(2)
			.anySatisfy(w -> assertThat(w).contains("中期目標の名称を入力してください"))
			.anySatisfy(w -> assertThat(w).contains("スケジュール(工程)の3行目").contains("② 年度のない工程"));
		assertThat(version()).isEqualTo(1);

		// htmx's request: the preview alone, a fragment without the page around it
		WebTestSupport.Response fragment = web.postUrlEncoded(base() + "/mid-term/1/preview",
				"title=" + enc("名称") + "&description=&steps=" + enc(steps));
		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html").doesNotContain("<form");
		assertThat(fragment.document().select(".reading-span").eachText()).containsExactly("年度: 令和6年度（2024年度）〜");
		assertThat(fragment.document().select(".preview-warnings li")).hasSize(1);
		assertThat(version()).isEqualTo(1);
	}

	@Test
	void badInputIsShownAgainWithAJapaneseMessageAndNothingIsSaved() throws Exception {
		WebTestSupport web = editor();
		Document doc = web.get(base() + "/mid-term/1").document();
		WebTestSupport.Response noTitle = web.postUrlEncoded(base() + "/mid-term/1",
				body(doc, "title", " "));
		assertThat(noTitle.status()).isEqualTo(422);
		assertThat(noTitle.document().select("[role=alert]").text()).contains("中期目標の名称を入力してください。");

		String longText = "あ".repeat(EditLimits.TEXT + 1);
		WebTestSupport.Response tooLong = web.postUrlEncoded(base() + "/mid-term/1",
				body(doc, "description", longText));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.document().select("[role=alert]").text())
			.contains("「取組みにあたっての課題・めざす成果」は20,000字以内で入力してください（いま20,001字）。");
		assertThat(tooLong.document().selectFirst("textarea#description").wholeText()).isEqualTo(longText);

		WebTestSupport.Response badLink = web.postUrlEncoded(base() + "/mid-term/1", body(doc) + "&planLink=" + enc("9-9-(9)"));
		assertThat(badLink.status()).isEqualTo(400);
		assertThat(badLink.document().select("[role=alert]").text()).contains("総合計画の選択が正しくありません。");
		assertThat(web.get(base() + "/mid-term/2").status()).isEqualTo(404);
		assertThat(version()).isEqualTo(1);

		// the form's own text within the limit: a line break counts once, as the browser's maxlength counts it
		String atLimit = ("あ".repeat(99) + "\r\n").repeat(EditLimits.TEXT / 100);
		assertThat(web.postUrlEncoded(base() + "/mid-term/1",
				body(doc, "description", atLimit)).status()).isEqualTo(302);
	}

	@Test
	void midTermGoalsAreAddedMovedAndRemovedAndNumberedAgain() throws Exception {
		WebTestSupport web = editor();
		SheetData before = store.find(id).orElseThrow();
		Document basics = web.get(base() + "/basics").document();
		assertThat(basics.select("#mid-term-heading").text()).isEqualTo("4 中期目標");
		assertThat(basics.select("a[href$=/edit/mid-term/1]").text()).isEqualTo("地域自治の推進");

		WebTestSupport.Response added = web.postUrlEncoded(base() + "/mid-term", "title=" + enc("平和啓発及び人権尊重") + "&baseVersion=1");
		assertThat(added.status()).isEqualTo(302);
		assertThat(web.follow(added).body()).contains("中期目標2を追加しました。");
		assertThat(web.postUrlEncoded(base() + "/mid-term", "title=+&baseVersion=2").status()).isEqualTo(422);

		assertThat(web.postUrlEncoded(base() + "/mid-term/2/move", "direction=up&baseVersion=2").status()).isEqualTo(302);
		assertThat(web.postUrlEncoded(base() + "/mid-term/1/move", "direction=up&baseVersion=3").status()).isEqualTo(400);
		SheetData moved = store.find(id).orElseThrow();
		assertThat(moved.midTermGoals()).extracting(MidTermGoal::number, MidTermGoal::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "平和啓発及び人権尊重"),
					org.assertj.core.groups.Tuple.tuple(2, "地域自治の推進"));
		assertThat(moved.midTermGoals().get(1).id()).as("a goal keeps its id when renumbered")
			.isEqualTo(before.midTermGoals().get(0).id());
		assertThat(moved.midTermGoals().get(1).steps()).isEqualTo(before.midTermGoals().get(0).steps());

		WebTestSupport.Response unconfirmed = web.postUrlEncoded(base() + "/mid-term/1/delete", "baseVersion=3");
		assertThat(unconfirmed.status()).isEqualTo(422);
		assertThat(unconfirmed.document().select("[role=alert]").text()).contains("確認のチェックを入れてください");
		assertThat(web.postUrlEncoded(base() + "/mid-term/1/delete", "confirm=1&baseVersion=3").status()).isEqualTo(302);
		SheetData after = store.find(id).orElseThrow();
		assertThat(after.midTermGoals()).extracting(MidTermGoal::number, MidTermGoal::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "地域自治の推進"));
		assertThat(after.midTermGoals().get(0).id()).isEqualTo(before.midTermGoals().get(0).id());
		assertThat(after.annualGoals()).isEqualTo(before.annualGoals());
	}

	@Test
	void onlyTheDepartmentsEditorsMayEditAndAStaleFormMeetsTheOtherChange() throws Exception {
		WebTestSupport viewer = new WebTestSupport(port);
		viewer.signIn(users.viewer());
		assertThat(viewer.get(base() + "/mid-term/1").status()).isEqualTo(403);
		assertThat(viewer.postUrlEncoded(base() + "/mid-term/1/preview", "steps=x").status()).isEqualTo(403);
		WebTestSupport other = new WebTestSupport(port);
		other.signIn(users.editor(WebTestSupport.unique("別部")));
		assertThat(other.postUrlEncoded(base() + "/mid-term", "title=x&baseVersion=1").status()).isEqualTo(403);
		assertThat(other.postUrlEncoded(base() + "/mid-term/1", "title=x&baseVersion=1").status()).isEqualTo(403);
		WebTestSupport publicReader = new WebTestSupport(port);
		assertThat(publicReader.get(base() + "/mid-term/1").status()).isEqualTo(404);
		assertThat(publicReader.get("/sheets/" + UUID.randomUUID() + "/edit/mid-term/1").status()).isEqualTo(404);

		WebTestSupport first = editor();
		WebTestSupport second = editor();
		Document firstForm = first.get(base() + "/mid-term/1").document();
		Document secondForm = second.get(base() + "/mid-term/1").document();
		assertThat(first.postUrlEncoded(base() + "/mid-term/1", body(firstForm, "title", "一人目の名称")).status()).isEqualTo(302);
		WebTestSupport.Response conflict = second.postUrlEncoded(base() + "/mid-term/1",
				body(secondForm, "title", "二人目の名称"));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.document().select(".compare-table ins").text()).contains("一人目");
		assertThat(conflict.document().selectFirst("input#title").val()).isEqualTo("二人目の名称");
		assertThat(store.find(id).orElseThrow().midTermGoals().get(0).title()).isEqualTo("一人目の名称");
	}

	/** The real seed: every mid-term goal's form, saved as shown, changes nothing (the notation loses nothing). */
	@Test
	void theSeedsMidTermGoalsSavedAsShownChangeNothing() throws Exception {
		String source = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);
		// the seed as published, over what this class's other tests wrote on the sheet (confirmed, as a person would)
		id = importService
			.importSheet(source.getBytes(StandardCharsets.UTF_8), "seed.txt", ImportOptions.none().replacing(true))
			.sheetId();
		SheetData imported = store.find(id).orElseThrow();
		assertThat(imported.midTermGoals()).hasSize(7);
		WebTestSupport web = editor();
		for (MidTermGoal goal : imported.midTermGoals()) {
			Document form = web.get(base() + "/mid-term/" + goal.number()).document();
			assertThat(form.select("#notation-preview .preview-ok").text()).as("goal " + goal.number())
				.isEqualTo("読み取れない行はありません。");
			WebTestSupport.Response saved = web.postUrlEncoded(base() + "/mid-term/" + goal.number(), body(form));
			assertThat(saved.status()).as("goal " + goal.number()).isEqualTo(302);
			assertThat(web.follow(saved).body()).as("goal " + goal.number()).contains("変更はありませんでした。");
		}
		assertThat(store.find(id).orElseThrow()).isEqualTo(imported);
	}
}
