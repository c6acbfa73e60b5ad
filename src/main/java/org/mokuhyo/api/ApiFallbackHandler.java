package org.mokuhyo.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures that happen before any controller is chosen (an upload over the size limit, an unknown path, a wrong
 * method), answered as API problems when the request was for {@code /api/}. For other paths it declines by rethrowing,
 * which Spring MVC takes as "not handled here", and it runs last so the pages' own handlers come first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackHandler {

	@ExceptionHandler
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		requireApi(ex, request);
		return ApiErrors.tooLarge();
	}

	@ExceptionHandler
	ResponseEntity<ApiError> notMultipart(MultipartException ex, HttpServletRequest request)
			throws MultipartException {
		requireApi(ex, request);
		return ApiErrors.missingFile();
	}

	@ExceptionHandler
	ResponseEntity<ApiError> noSuchPath(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		requireApi(ex, request);
		return ApiExceptionHandler.error(HttpStatus.NOT_FOUND, "NOT_FOUND", "指定された URL はありません");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		requireApi(ex, request);
		return wrongMethod(ex.getMethod());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unsupportedType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
			throws HttpMediaTypeNotSupportedException {
		requireApi(ex, request);
		return ApiExceptionHandler.error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
				"Content-Type が対応していません（application/json で送ってください）");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request)
			throws HttpMediaTypeNotAcceptableException {
		requireApi(ex, request);
		return notAcceptable();
	}

	static ResponseEntity<ApiError> wrongMethod(String method) {
		return ApiExceptionHandler.error(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
				"この URL では " + method + " は使えません");
	}

	static ResponseEntity<ApiError> notAcceptable() {
		return ApiExceptionHandler.error(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
				"この URL は JSON（application/json）でだけ答えます。Accept を見直してください");
	}

	private static <E extends Exception> void requireApi(E ex, HttpServletRequest request) throws E {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
	}
}
