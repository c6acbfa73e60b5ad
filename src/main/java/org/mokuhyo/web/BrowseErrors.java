package org.mokuhyo.web;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The browse pages' refusals as the site's error page, with what was wrong in the page's language. */
@ControllerAdvice(assignableTypes = { BrowseIndexController.class, BrowsePlanController.class,
		BrowsePolicyController.class, BrowseFlagsController.class })
class BrowseErrors {

	private final PageText text;

	BrowseErrors(PageText text) {
		this.text = text;
	}

	@ExceptionHandler(BrowseRequestException.class)
	ModelAndView refused(BrowseRequestException ex) {
		return page(ex, text);
	}

	/** The error page with the refusal's heading and reason (as {@code messageParts}), status unchanged. */
	static ModelAndView page(BrowseRequestException ex, PageText text) {
		return new ModelAndView(ErrorPages.VIEW, Map.of("status", ex.status().value(), "heading", ex.heading(text),
				"messageParts", ex.message(text)), ex.status());
	}
}
