package org.mokuhyo.api;

import org.mokuhyo.importer.ImportBusyException;
import org.mokuhyo.importer.ImportNotPermittedException;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.platform.DatabaseFailures;
import org.mokuhyo.sheet.SheetLimitException;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every failure of an API controller into a problem ({@link ApiError}, RFC 9457): 4xx for what the caller can
 * fix, 503 {@code DATABASE_UNAVAILABLE} while the database cannot be reached, 500 (logged) for the rest. Failures
 * before a controller is chosen are {@link ApiFallbackHandler}'s. It only applies to this package's controllers, so it
 * may come before other modules' handlers.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ResponseEntity<ApiError> problem(ApiProblem ex) {
		return error(ex.status(), ex.code(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> rejected(ImportRejectedException ex) {
		// WOULD_REMOVE: the file is fine, the sheet's current content conflicts with it (replace=true confirms)
		HttpStatus status = "TOO_LARGE".equals(ex.code()) ? HttpStatus.PAYLOAD_TOO_LARGE
				: "WOULD_REMOVE".equals(ex.code()) || ImportService.CURRENT_UNREADABLE.equals(ex.code())
						? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
		return error(status, ex.code(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> overLimits(SheetLimitException ex) {
		return error(HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), ex.getMessage());
	}

	/** A save refused as unreadable is the input's (422); a stored version that cannot be read conflicts (409). */
	@ExceptionHandler
	ResponseEntity<ApiError> unreadable(SnapshotUnreadableException ex) {
		HttpStatus status = ex.refusedSave() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
		return error(status, ex.code(), ex.getMessage());
	}

	/** Every import slot is taken: nothing was read; send the same file again after Retry-After. */
	@ExceptionHandler
	ResponseEntity<ApiError> busy(ImportBusyException ex) {
		ResponseEntity<ApiError> error = error(HttpStatus.TOO_MANY_REQUESTS, ex.code(), ex.getMessage());
		return ResponseEntity.status(error.getStatusCode())
			.headers(error.getHeaders())
			.header("Retry-After", String.valueOf(ex.retryAfterSeconds()))
			.body(error.getBody());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> notPermitted(ImportNotPermittedException ex) {
		return error(HttpStatus.FORBIDDEN, "FORBIDDEN", ex.getMessage());
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class })
	ResponseEntity<ApiError> missingFile(Exception ex) {
		return ApiErrors.missingFile();
	}

	@ExceptionHandler
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex) {
		return ApiErrors.tooLarge();
	}

	@ExceptionHandler
	ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException ex) {
		return problem(ApiProblem.invalidParameter(ex.getName()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException ex) {
		return problem(ApiProblem.invalidParameter(ex.getParameterName()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unreadableBody(org.springframework.http.converter.HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, "INVALID_BODY", "リクエストの本文を JSON として読めません");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unsupportedType(org.springframework.web.HttpMediaTypeNotSupportedException ex) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
				"Content-Type が対応していません（application/json で送ってください）");
	}

	@ExceptionHandler
	ResponseEntity<ApiError> notAcceptable(org.springframework.web.HttpMediaTypeNotAcceptableException ex) {
		return ApiFallbackHandler.notAcceptable();
	}

	@ExceptionHandler
	ResponseEntity<ApiError> wrongMethod(org.springframework.web.HttpRequestMethodNotSupportedException ex) {
		return ApiFallbackHandler.wrongMethod(ex.getMethod());
	}

	/** A binding the request broke that the cases above do not name (a header, a path variable, a checked value). */
	@ExceptionHandler({ org.springframework.web.bind.ServletRequestBindingException.class,
			org.springframework.web.method.annotation.HandlerMethodValidationException.class,
			org.springframework.web.bind.MethodArgumentNotValidException.class })
	ResponseEntity<ApiError> badRequest(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "リクエストのパラメータが正しくありません");
	}

	/**
	 * The database cannot be reached (a connection not to be had within the pool's timeout, one lost mid-request,
	 * a transaction that could not begin: {@link DatabaseFailures}): 503 with {@code Retry-After}, not a 500, logged
	 * in one line. Failures in the security filters are answered there and by {@code platform.DatabaseUnavailableFilter}.
	 */
	@ExceptionHandler
	ResponseEntity<ApiError> unexpected(Exception ex) {
		if (DatabaseFailures.isUnavailable(ex)) {
			log.warn("API request failed, the database is unavailable: {}", DatabaseFailures.describe(ex));
			return ApiErrors.databaseUnavailable();
		}
		log.error("API request failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "サーバーで問題が発生しました");
	}

	static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
		return ApiErrors.response(ApiError.of(status, code, message));
	}
}
