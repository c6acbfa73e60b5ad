package org.mokuhyo.web;

import java.util.Map;

import org.mokuhyo.web.browse.BrowseFlagsController;
import org.mokuhyo.web.browse.BrowseIndexController;
import org.mokuhyo.web.browse.BrowsePlanController;
import org.mokuhyo.web.browse.BrowsePolicyController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The browse pages' refusals as the site's error page, with what was wrong in the page's language. */
@ControllerAdvice(assignableTypes = { BrowseIndexController.class, BrowsePlanController.class,
		BrowsePolicyController.class, BrowseFlagsController.class })
public class PublicRequestErrors {

	private final PageText text;

	PublicRequestErrors(PageText text) {
		this.text = text;
	}

	@ExceptionHandler(PublicRequestException.class)
	ModelAndView refused(PublicRequestException ex) {
		return page(ex, text);
	}

	/** The error page with the refusal's heading and reason (as {@code messageParts}), status unchanged. */
	public static ModelAndView page(PublicRequestException ex, PageText text) {
		return new ModelAndView(ErrorPages.VIEW, Map.of("status", ex.status().value(), "heading", ex.heading(text),
				"messageParts", ex.message(text)), ex.status());
	}
}
