package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Japanese error pages Boot's error controller shows to browsers through {@link ErrorPages}, met over HTTP the
 * way a person meets them.
 */
@IntegrationTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private WebTestSupport web;

	/**
	 * A member of staff's browser: the public is sent to the sign-in page for any address not open to it (see
	 * {@link AccessTest}), so only a signed-in user meets these pages there.
	 */
	@BeforeEach
	void setUp() throws Exception {
		web = new WebTestSupport(port);
		web.signIn(new TestUsers(accounts, organizations).viewer());
	}

	@Test
	void anUnknownAddressIsAJapaneseNotFoundPage() throws Exception {
		assertErrorPage(web.get("/no-such-page"), 404, "ページが見つかりません");
		assertErrorPage(web.get("/sheets"), 404, "ページが見つかりません");
	}

	@Test
	void aWrongMethodIsAJapanesePage() throws Exception {
		assertErrorPage(web.send("PUT", "/"), 405, "この操作はできません");
		assertErrorPage(web.send("DELETE", "/sheets/" + UUID.randomUUID()), 405, "この操作はできません");
	}

	@Test
	void thePublicMeetsThemOnItsOwnPagesToo() throws Exception {
		WebTestSupport anonymous = new WebTestSupport(port);
		assertErrorPage(anonymous.get("/sheets/" + UUID.randomUUID()), 404, "シートが見つかりません");
		assertErrorPage(anonymous.get("/?fiscalYear=%FF"), 400, "リクエストの内容が正しくありません");
	}

	@Test
	void aMalformedRequestIsAJapaneseBadRequestPage() throws Exception {
		// a query string that is not UTF-8: the container refuses the parameters
		assertErrorPage(web.get("/?fiscalYear=%FF"), 400, "リクエストの内容が正しくありません");
	}

	@Test
	void aStatusWithoutItsOwnWordsGetsTheGeneralPage() throws Exception {
		// the OpenAPI document (JSON only) asked for HTML only: 406, which has no page of its own (under /api/ a 406 is
		// the API's problem, ApiProblemTest)
		assertErrorPage(web.get("/v3/api-docs", "text/html"), 406, "エラーが発生しました");
	}

	@Test
	void aFailureIsAJapaneseSystemErrorPage() throws Exception {
		// Boot's error controller without an error to show answers as for a failure
		assertErrorPage(web.get("/error"), 500, "システムエラーが発生しました");
	}

	@Test
	void clientsThatDoNotAskForHtmlKeepBootsJsonBody() throws Exception {
		Response response = web.get("/no-such-page", "application/json");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.body()).doesNotContain("<html");
	}

	private static void assertErrorPage(Response response, int status, String heading) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("text/html");
		Document doc = response.document();
		assertThat(doc.select("html").attr("lang")).isEqualTo("ja");
		assertThat(doc.select("h1").eachText()).containsExactly(heading);
		assertThat(doc.title()).startsWith(heading);
		assertThat(doc.select("main .status-code").text()).isEqualTo("エラーコード: " + status);
		assertThat(doc.select("main a[href=/]")).isNotEmpty();
		assertThat(doc.select("link[href]").eachAttr("href")).containsExactly("/css/mokuhyo.css");
	}
}
