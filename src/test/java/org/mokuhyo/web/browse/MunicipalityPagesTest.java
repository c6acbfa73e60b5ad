package org.mokuhyo.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.FreeCodes;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's page of their municipality (its code completed once, checked, never changed) and the short
 * public addresses /m/{code}/…, through HTTP as a browser sends it.
 */
@IntegrationTest
class MunicipalityPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Test
	void anAdministratorCompletesTheCodeOnceWithItsCheckDigitChecked() throws Exception {
		String name = WebTestSupport.unique("試験町");
		new TestUsers(accounts, organizations).admin(); // 豊中市 stored with its code
		TestUsers.TestUser admin = new TestUsers(accounts, organizations).create(EnumSet.of(Role.ADMIN), name, List.of("総務部"));
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(admin);

		WebTestSupport.Response page = web.get("/admin/municipality");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("dl.municipality-facts").text()).contains(name).contains("未登録")
			.contains("1件");
		assertThat(page.document().select("form[action='/admin/municipality/code']")).hasSize(1);
		assertThat(page.document().select("nav a[aria-current=page]").text()).isEqualTo("自治体の情報");

		String code = FreeCodes.code(organizations);
		String wrong = code.substring(0, 5) + (code.charAt(5) == '9' ? '0' : (char) (code.charAt(5) + 1));
		WebTestSupport.Response refused = web.postUrlEncoded("/admin/municipality/code", "code=" + wrong);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.document().select("#form-error").text()).contains("検査数字が合いません");
		assertThat(refused.document().select("input#code").attr("value")).isEqualTo(wrong);
		assertThat(refused.document().select("input#code").attr("aria-invalid")).isEqualTo("true");
		assertThat(organizations.findMunicipality(name).orElseThrow().code()).isNull();

		// 豊中市's code is taken
		assertThat(web.postUrlEncoded("/admin/municipality/code", "code=272035").status()).isEqualTo(409);

		WebTestSupport.Response done = web.postUrlEncoded("/admin/municipality/code", "code=" + code.substring(0, 5));
		assertThat(done.status()).isEqualTo(302);
		WebTestSupport.Response after = web.follow(done);
		assertThat(after.document().select("[role=status]").text()).contains(code);
		assertThat(after.document().select("dl.municipality-facts").text()).contains(code);
		assertThat(after.document().select("form[action='/admin/municipality/code']")).isEmpty();
		assertThat(after.document().select("a[href='/m/" + code + "/dashboard']")).hasSize(1);
		assertThat(organizations.findMunicipality(name).orElseThrow().code()).isEqualTo(code);
		assertThat(organizations.findMunicipalityByCodeOrName(code).orElseThrow().name()).isEqualTo(name);

		// a stored code is not changed
		WebTestSupport.Response again = web.postUrlEncoded("/admin/municipality/code", "code=" + FreeCodes.code(organizations));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.document().select("#form-error").text()).contains("変更できません");
		assertThat(organizations.findMunicipality(name).orElseThrow().code()).isEqualTo(code);
	}

	@Test
	void theShortAddressesRedirectToThePublicPagesWithTheMunicipalityChosen() throws Exception {
		new TestUsers(accounts, organizations).admin(); // 豊中市 with its code
		WebTestSupport web = new WebTestSupport(port);

		WebTestSupport.Response home = web.get("/m/272035");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.location()).endsWith("/?municipality=272035");
		assertThat(web.follow(home).status()).isEqualTo(200);

		WebTestSupport.Response search = web.get("/m/" + WebTestSupport.encode("豊中市") + "/search?q="
				+ WebTestSupport.encode("協働") + "&municipality=999999");
		assertThat(search.location()).endsWith("/search?municipality=272035&q=" + WebTestSupport.encode("協働"));
		WebTestSupport.Response results = web.follow(search);
		assertThat(results.status()).isEqualTo(200);
		// the navigation keeps the municipality chosen
		assertThat(results.document().select("nav a[href^='/dashboard']").attr("href"))
			.isEqualTo("/dashboard?municipality=272035");

		assertThat(web.get("/m/272035/admin").status()).isEqualTo(404);
		assertThat(web.get("/m/999999").status()).isEqualTo(404);
		assertThat(web.get("/m/272035/sheets").status()).isEqualTo(404);
	}
}
