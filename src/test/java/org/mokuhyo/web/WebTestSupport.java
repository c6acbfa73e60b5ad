package org.mokuhyo.web;

import java.nio.charset.StandardCharsets;

import org.mokuhyo.importer.ImportService;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The web module's controllers over Thymeleaf set up as Spring Boot sets it up (templates/ + .html, HTML mode,
 * UTF-8), without an application context or a database: MockMvc in standalone mode.
 */
final class WebTestSupport {

	static final String DEFAULT_MUNICIPALITY = "豊中市";

	private WebTestSupport() {
	}

	static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(false);
		resolver.setCheckExistence(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	static MockMvc mockMvc(SheetStore store, ImportService importService) {
		ThymeleafViewResolver views = new ThymeleafViewResolver();
		views.setTemplateEngine(templateEngine());
		views.setCharacterEncoding(StandardCharsets.UTF_8.name());
		views.setContentType("text/html;charset=UTF-8");
		HomeController home = new HomeController(store, importService, DEFAULT_MUNICIPALITY);
		return MockMvcBuilders.standaloneSetup(home, new SheetPageController(store))
			.setControllerAdvice(new UploadTooLargeAdvice(home))
			.setViewResolvers(views)
			.build();
	}
}
