package org.mokuhyo.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the servlet's multipart limit fails before any controller is chosen, and Spring's own answer is an
 * empty 413 (the error page's dispatch fails on the same multipart body). For the upload form this shows the form
 * again with the reason instead. Any other address, or a client that does not take HTML, keeps Spring's answer.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	private final HomeController home;

	UploadTooLargeAdvice(HomeController home) {
		this.home = home;
	}

	@ExceptionHandler(value = MaxUploadSizeExceededException.class, produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		if (!request.getRequestURI().equals(request.getContextPath() + "/import")) {
			throw ex; // not ours: handled by the next resolver as before
		}
		return home.tooLarge();
	}
}
