package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The Japanese error pages Boot's error controller shows to browsers through {@link ErrorPages}.
 */
class ErrorPagesTest {

	/** Shows the error page of a status; nested in a test class, so Boot's test scanning leaves it out. */
	@Controller
	static class StatusController {

		private final ErrorPages pages = new ErrorPages();

		@GetMapping("/status/{code}")
		ModelAndView status(@PathVariable("code") int code) {
			return pages.resolveErrorView(new MockHttpServletRequest(), HttpStatus.valueOf(code), Map.of());
		}
	}

	@Test
	void browsersGetAJapanesePageForEachError() throws Exception {
		ThymeleafViewResolver views = new ThymeleafViewResolver();
		views.setTemplateEngine(WebTestSupport.templateEngine());
		views.setCharacterEncoding("UTF-8");
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new StatusController()).setViewResolvers(views).build();

		Map<Integer, String> headings = Map.of(404, "ページが見つかりません", 413, "ファイルが大きすぎます", 500,
				"システムエラーが発生しました", 400, "リクエストの内容が正しくありません", 418, "エラーが発生しました");
		for (Map.Entry<Integer, String> entry : headings.entrySet()) {
			MvcResult result = mvc.perform(get("/status/" + entry.getKey())).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(entry.getKey());
			Document doc = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(doc.select("html").attr("lang")).isEqualTo("ja");
			assertThat(doc.select("h1").eachText()).containsExactly(entry.getValue());
			assertThat(doc.title()).startsWith(entry.getValue());
			assertThat(doc.select("main .status-code").text()).isEqualTo("エラーコード: " + entry.getKey());
		}
	}
}
