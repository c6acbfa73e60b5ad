package org.mokuhyo.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

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

	/** Writes the problem from a servlet filter (security, rate limit), where no message converter runs. */
	static void write(JsonMapper json, HttpServletResponse response, ApiError error) throws IOException {
		response.setStatus(error.status());
		response.setContentType(ApiError.PROBLEM_JSON.toString());
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(json.writeValueAsBytes(error));
	}
}
