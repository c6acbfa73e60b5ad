package org.mokuhyo.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mokuhyo.platform.DatabaseFailures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The errors several handlers give, and the one way a problem is answered: {@code application/problem+json}
 * whatever the request's {@code Accept} said (a preset Content-Type skips content negotiation, so a 406 or a
 * request for HTML still gets its problem).
 */
final class ApiErrors {

	private ApiErrors() {
	}

	static ResponseEntity<ApiError> response(ApiError error) {
		return ResponseEntity.status(error.status()).contentType(ApiError.PROBLEM_JSON).body(error);
	}

	static ResponseEntity<ApiError> missingFile() {
		return ApiExceptionHandler.error(HttpStatus.BAD_REQUEST, "MISSING_FILE",
				"ファイルがありません。file パートで目標シートのファイルを送ってください");
	}

	static ResponseEntity<ApiError> tooLarge() {
		return ApiExceptionHandler.error(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", "ファイルが大きすぎます");
	}

	/**
	 * The database cannot be reached ({@link DatabaseFailures}): 503 {@code DATABASE_UNAVAILABLE} with
	 * {@code Retry-After}, whatever the request was.
	 */
	static ResponseEntity<ApiError> databaseUnavailable() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS))
			.contentType(ApiError.PROBLEM_JSON)
			.body(ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.CODE, DatabaseFailures.DETAIL));
	}

	/** The same from a security filter (a sign-in or token check that could not ask the database). */
	static void writeDatabaseUnavailable(JsonMapper json, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
		write(json, response, ApiError.of(request, HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.CODE,
				DatabaseFailures.DETAIL));
	}

	/** Writes the problem from a servlet filter (security, rate limit), where no message converter runs. */
	static void write(JsonMapper json, HttpServletResponse response, ApiError error) throws IOException {
		response.setStatus(error.status());
		response.setContentType(ApiError.PROBLEM_JSON.toString());
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(json.writeValueAsBytes(error));
	}
}
