package org.mokuhyo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.plan.BasicPolicy;
import org.mokuhyo.plan.PlanCatalog;
import org.mokuhyo.plan.PlanNode;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrators' lists through their pages, as an administrator uses them: the 総合計画 tree, the 基本政策 list
 * and the departments; additions, changes and deletions, each refusal with its reason and nothing changed; other
 * roles refused. The tests share one municipality, so each uses codes, numbers and names no other test uses.
 */
@IntegrationTest
class AdminPlanPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	PlanCatalog catalog;

	@Autowired
	SheetStore store;

	@Test
	void anAdministratorKeepsThePlanTree() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		long municipality = municipality();
		int top = unusedTopCode(municipality);

		// typed in full width, in any order: stored as canonical codes, shown in the plan's order, lower ones indented
		for (String code : List.of(top + "-1-(10)", top + "-2", top + "-1", fullWidth(top + "-1-(2)"), "" + top)) {
			WebTestSupport.Response added = admin.postUrlEncoded("/admin/plan",
					"code=" + WebTestSupport.encode(code) + "&text=" + WebTestSupport.encode("施策 " + code));
			assertThat(added.status()).as(code).isEqualTo(302);
			assertThat(added.location()).endsWith("/admin/plan");
		}
		Document tree = admin.get("/admin/plan").document();
		List<String> codes = new ArrayList<>();
		List<String> depths = new ArrayList<>();
		tree.select("table.plan-tree tbody th[scope=row]").forEach(th -> {
			if (th.text().equals("" + top) || th.text().startsWith(top + "-")) {
				codes.add(th.text());
				depths.add(th.className());
			}
		});
		assertThat(codes).containsExactly("" + top, top + "-1", top + "-1-(2)", top + "-1-(10)", top + "-2");
		assertThat(depths).containsExactly("plan-depth-0", "plan-depth-1", "plan-depth-2", "plan-depth-2",
				"plan-depth-1");
		assertThat(tree.select("a[href=\"/admin/plan\"][aria-current=page]")).hasSize(1);

		String code = top + "-1-(2)";
		PlanNode node = node(municipality, code);
		assertThat(node.text()).as("the text as typed").isEqualTo("施策 " + fullWidth(code));
		assertThat(node.parentCode()).isEqualTo(top + "-1");

		// a code taken, whatever its writing, and a code that is none: refused with the reason, nothing changed
		WebTestSupport.Response duplicate = admin.postUrlEncoded("/admin/plan",
				"code=" + WebTestSupport.encode(top + " - 1 - (2)") + "&text=" + WebTestSupport.encode("別の内容"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.document().select("#form-error").text()).contains("「" + code + "」の項目はすでにあります");
		assertThat(duplicate.document().select("#add-text").val()).isEqualTo("別の内容");
		assertThat(node(municipality, code).text()).isEqualTo(node.text());
		WebTestSupport.Response notACode = admin.postUrlEncoded("/admin/plan", "code=abc&text=x");
		assertThat(notACode.status()).isEqualTo(400);
		assertThat(notACode.document().select("#form-error").text()).contains("「abc」は総合計画のコードとして読めません");
		assertThat(notACode.document().select("#add-code").attr("aria-invalid")).isEqualTo("true");

		// reworded; an empty text refused
		assertThat(admin.postUrlEncoded("/admin/plan/" + node.id(), "text=" + WebTestSupport.encode("地域の協働を進めます"))
			.status()).isEqualTo(302);
		assertThat(node(municipality, code).text()).isEqualTo("地域の協働を進めます");
		WebTestSupport.Response empty = admin.postUrlEncoded("/admin/plan/" + node.id(), "text=+");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.document().select("#form-error").text()).contains("内容を入力してください");
		assertThat(empty.document().select("#node-" + node.id()).hasClass("row-error")).isTrue();
		assertThat(node(municipality, code).text()).isEqualTo("地域の協働を進めます");

		// linked by two annual goals and a mid-term goal: refused with the count, shown in the tree too
		String department = WebTestSupport.unique("計画部");
		store.save(linking(department, code, 0), List.of(), "plan.txt");
		assertThat(admin.get("/admin/plan").document().select("#node-" + node.id() + " td.num").text())
			.isEqualTo("3件");
		WebTestSupport.Response linked = admin.postUrlEncoded("/admin/plan/" + node.id() + "/delete", "");
		assertThat(linked.status()).isEqualTo(409);
		assertThat(linked.document().select("#form-error").text()).contains("「" + code + "」には目標3件が結び付いているため削除できません");
		WebTestSupport.writePreview("admin-plan-refused.html", linked.document());
		assertThat(catalog.nodes(municipality)).extracting(PlanNode::code).contains(code);

		// a node with nodes under it stays too
		WebTestSupport.Response parent = admin.postUrlEncoded("/admin/plan/" + node(municipality, top + "-1").id()
				+ "/delete", "");
		assertThat(parent.status()).isEqualTo(409);
		assertThat(parent.document().select("#form-error").text()).contains("下に項目が2件あるため削除できません");

		// once the sheet's new version links elsewhere, it goes
		store.save(linking(department, null, 0), List.of(), "plan.txt");
		WebTestSupport.Response deleted = admin.postUrlEncoded("/admin/plan/" + node.id() + "/delete", "");
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(admin.follow(deleted).document().select(".notice-success").text()).contains("「" + code + "」を削除しました");
		assertThat(catalog.nodes(municipality)).extracting(PlanNode::code).doesNotContain(code);
		assertThat(admin.postUrlEncoded("/admin/plan/" + node.id() + "/delete", "").status()).isEqualTo(404);

		// an import naming the deleted code again gets a new node (the catalogue's cache forgot the old one)
		store.save(linking(department, code, 0), List.of(), "plan.txt");
		assertThat(node(municipality, code).id()).isNotEqualTo(node.id());
		assertThat(node(municipality, code).text()).isEqualTo("シートの文言");
	}

	@Test
	void anAdministratorKeepsTheBasicPolicies() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		long municipality = municipality();
		int number = unusedPolicyNumber(municipality);

		WebTestSupport.Response added = admin.postUrlEncoded("/admin/policies",
				"number=" + WebTestSupport.encode(fullWidth("" + number)) + "&title=" + WebTestSupport.encode("多世代交流"));
		assertThat(added.status()).isEqualTo(302);
		Document list = admin.follow(added).document();
		assertThat(list.select(".notice-success").text()).contains("基本政策" + number + "を追加しました");
		BasicPolicy policy = policy(municipality, number);
		assertThat(list.select("#policy-" + policy.id() + " th").text()).isEqualTo("" + number);
		assertThat(list.select("#title-" + policy.id()).val()).isEqualTo("多世代交流");

		WebTestSupport.Response duplicate = admin.postUrlEncoded("/admin/policies",
				"number=" + number + "&title=" + WebTestSupport.encode("別の政策"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.document().select("#form-error").text()).contains("番号" + number + "の基本政策はすでにあります");
		assertThat(admin.postUrlEncoded("/admin/policies", "number=0&title=x").status()).isEqualTo(400);
		WebTestSupport.Response noNumber = admin.postUrlEncoded("/admin/policies", "number=abc&title=x");
		assertThat(noNumber.status()).isEqualTo(400);
		assertThat(noNumber.document().select("#form-error").text()).contains("番号は1から9999までの数字で入力してください");
		assertThat(policy(municipality, number).title()).isEqualTo("多世代交流");

		assertThat(admin.postUrlEncoded("/admin/policies/" + policy.id(),
				"title=" + WebTestSupport.encode("多世代交流のまちづくり")).status()).isEqualTo(302);
		assertThat(policy(municipality, number).title()).isEqualTo("多世代交流のまちづくり");
		assertThat(admin.postUrlEncoded("/admin/policies/" + policy.id(), "title=").status()).isEqualTo(400);
		assertThat(policy(municipality, number).title()).isEqualTo("多世代交流のまちづくり");

		String department = WebTestSupport.unique("政策部");
		store.save(linking(department, null, number), List.of(), "policy.txt");
		WebTestSupport.Response linked = admin.postUrlEncoded("/admin/policies/" + policy.id() + "/delete", "");
		assertThat(linked.status()).isEqualTo(409);
		assertThat(linked.document().select("#form-error").text()).contains("基本政策" + number + "には目標3件が結び付いているため削除できません");
		assertThat(linked.document().select("#policy-" + policy.id() + " td.num").text()).isEqualTo("3件");

		store.save(linking(department, null, 0), List.of(), "policy.txt");
		assertThat(admin.postUrlEncoded("/admin/policies/" + policy.id() + "/delete", "").status()).isEqualTo(302);
		assertThat(catalog.policies(municipality)).extracting(BasicPolicy::number).doesNotContain(number);
		store.save(linking(department, null, number), List.of(), "policy.txt");
		assertThat(policy(municipality, number).id()).isNotEqualTo(policy.id());
	}

	@Test
	void anAdministratorAddsAndRenamesDepartments() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		long municipality = municipality();
		String name = WebTestSupport.unique("準備部");

		WebTestSupport.Response added = admin.postUrlEncoded("/admin/departments", "name=" + WebTestSupport.encode(" " + name + " "));
		assertThat(added.status()).isEqualTo(302);
		assertThat(admin.follow(added).document().select(".notice-success").text()).contains("部局「" + name + "」を追加しました");
		DepartmentRef department = organizations.findDepartment(TestUsers.MUNICIPALITY, name).orElseThrow();
		assertThat(admin.get("/admin/users/new").document().select("label[for=department-" + department.id() + "]").text())
			.as("accounts can be given it before it has a sheet").isEqualTo(name);

		WebTestSupport.Response duplicate = admin.postUrlEncoded("/admin/departments", "name=" + WebTestSupport.encode(name));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.document().select("#form-error").text()).contains("部局「" + name + "」はすでにあります");
		assertThat(admin.postUrlEncoded("/admin/departments", "name=").status()).isEqualTo(400);

		// renamed: the old name no longer finds it, even where it was cached
		assertThat(organizations.findOrCreateDepartment(municipality, name)).isEqualTo(department.id());
		String renamed = WebTestSupport.unique("新準備部");
		assertThat(admin.postUrlEncoded("/admin/departments/" + department.id(), "name=" + WebTestSupport.encode(renamed))
			.status()).isEqualTo(302);
		assertThat(organizations.findDepartment(department.id()).orElseThrow().name()).isEqualTo(renamed);
		long again = organizations.findOrCreateDepartment(municipality, name);
		assertThat(again).isNotEqualTo(department.id());

		// to a name taken: refused, nothing changed
		WebTestSupport.Response taken = admin.postUrlEncoded("/admin/departments/" + department.id(),
				"name=" + WebTestSupport.encode(name));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.document().select("#name-" + department.id()).val()).isEqualTo(name);
		assertThat(organizations.findDepartment(department.id()).orElseThrow().name()).isEqualTo(renamed);

		// one with a sheet keeps its name: its versions carry it
		store.save(linking(renamed, null, 0), List.of(), "d.txt");
		WebTestSupport.Response withSheet = admin.postUrlEncoded("/admin/departments/" + department.id(),
				"name=" + WebTestSupport.encode(WebTestSupport.unique("改名部")));
		assertThat(withSheet.status()).isEqualTo(409);
		assertThat(withSheet.document().select("#form-error").text()).contains("「" + renamed + "」にはシートが1件あるため名前を変更できません");
		assertThat(organizations.findDepartment(department.id()).orElseThrow().name()).isEqualTo(renamed);
		assertThat(admin.get("/admin/departments").document().select("#department-" + department.id() + " td.num").text())
			.isEqualTo("1件");
	}

	@Test
	void onlyAdministratorsReachTheLists() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		int top = unusedTopCode(municipality());
		for (TestUsers.TestUser user : List.of(users.viewer(), users.editor(WebTestSupport.unique("編集部")))) {
			WebTestSupport web = new WebTestSupport(port);
			web.signIn(user);
			for (String path : List.of("/admin/plan", "/admin/policies", "/admin/departments")) {
				assertThat(web.get(path).status()).as(path).isEqualTo(403);
			}
			assertThat(web.postUrlEncoded("/admin/plan", "code=" + top + "&text=x").status()).isEqualTo(403);
			assertThat(web.get("/").document().select("a[href=\"/admin/plan\"]")).isEmpty();
		}
		assertThat(catalog.nodes(municipality())).extracting(PlanNode::code).doesNotContain("" + top);
		WebTestSupport.Response anonymous = new WebTestSupport(port).get("/admin/plan");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).endsWith("/login");
	}

	/**
	 * A sheet whose two annual goals and one mid-term goal link to the plan code and the policy number given (none
	 * for null and 0).
	 */
	private static SheetData linking(String department, String code, int policy) {
		List<PlanLink> plan = code == null ? List.of() : List.of(new PlanLink(code, "シートの文言"));
		List<PolicyLink> policies = policy == 0 ? List.of() : List.of(new PolicyLink(policy, "シートの政策名"));
		return new SheetData(null, null, TestUsers.MUNICIPALITY, "272035", 2024, null,
				new Department(department, "部長", "試験 太郎"), List.of("使命"), new Policy("方針", List.of(), null),
				List.of(new AnnualGoal(null, 1, "目標1", false, List.of(), plan, policies, Review.PENDING),
						new AnnualGoal(null, 2, "目標2", false, List.of(), plan, policies, Review.PENDING)),
				List.of(new MidTermGoal(null, 1, "中期目標", null, List.of(), List.of(), plan, policies)));
	}

	private long municipality() {
		return organizations.findMunicipality(TestUsers.MUNICIPALITY).orElseThrow().id();
	}

	private PlanNode node(long municipality, String code) {
		return catalog.nodes(municipality).stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
	}

	private BasicPolicy policy(long municipality, int number) {
		return catalog.policies(municipality).stream().filter(p -> p.number() == number).findFirst().orElseThrow();
	}

	/** A top code (50–99) that neither it nor any node under it is stored yet. */
	private int unusedTopCode(long municipality) {
		List<String> codes = catalog.nodes(municipality).stream().map(PlanNode::code).toList();
		while (true) {
			int top = ThreadLocalRandom.current().nextInt(50, 100);
			if (codes.stream().noneMatch(c -> c.equals("" + top) || c.startsWith(top + "-"))) {
				return top;
			}
		}
	}

	private int unusedPolicyNumber(long municipality) {
		List<Integer> numbers = catalog.policies(municipality).stream().map(BasicPolicy::number).toList();
		while (true) {
			int number = ThreadLocalRandom.current().nextInt(5000, 10000);
			if (!numbers.contains(number)) {
				return number;
			}
		}
	}

	/** 5-1-(3) → ５－１－（３）. */
	private static String fullWidth(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : (char) c));
		return out.toString();
	}
}
