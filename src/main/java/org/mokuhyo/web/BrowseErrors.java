package org.mokuhyo.web;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The browse pages' refusals as the site's error page, with what was wrong in Japanese. */
@ControllerAdvice(assignableTypes = { BrowseIndexController.class, BrowsePlanController.class,
		BrowsePolicyController.class, BrowseFlagsController.class })
class BrowseErrors {

	@ExceptionHandler(BrowseRequestException.class)
	ModelAndView refused(BrowseRequestException ex) {
		return new ModelAndView(ErrorPages.VIEW, Map.of("status", ex.status().value(), "heading", ex.heading(),
				"message", ex.getMessage()), ex.status());
	}
}
