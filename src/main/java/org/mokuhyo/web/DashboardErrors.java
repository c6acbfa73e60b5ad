package org.mokuhyo.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The city-wide dashboards' refusals (a wrong year or axis, an unknown municipality or department), as the browse pages'. */
@ControllerAdvice(assignableTypes = DashboardCityController.class)
class DashboardErrors {

	private final PageText text;

	DashboardErrors(PageText text) {
		this.text = text;
	}

	@ExceptionHandler(BrowseRequestException.class)
	ModelAndView refused(BrowseRequestException ex) {
		return BrowseErrors.page(ex, text);
	}
}
