package org.mokuhyo.web;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The city-wide dashboards' refusals (a wrong year or axis, an unknown municipality or department), as the browse pages'. */
@ControllerAdvice(assignableTypes = DashboardCityController.class)
class DashboardErrors {

	@ExceptionHandler(BrowseRequestException.class)
	ModelAndView refused(BrowseRequestException ex) {
		return new ModelAndView(ErrorPages.VIEW, Map.of("status", ex.status().value(), "heading", ex.heading(),
				"message", ex.getMessage()), ex.status());
	}
}
