package org.mokuhyo.web.dashboard;

import org.mokuhyo.web.PageText;
import org.mokuhyo.web.PublicRequestErrors;
import org.mokuhyo.web.PublicRequestException;
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

	@ExceptionHandler(PublicRequestException.class)
	ModelAndView refused(PublicRequestException ex) {
		return PublicRequestErrors.page(ex, text);
	}
}
