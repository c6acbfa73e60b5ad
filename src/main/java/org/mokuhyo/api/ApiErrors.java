package org.mokuhyo.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The errors both exception handlers give.
 */
final class ApiErrors {

	private ApiErrors() {
	}

	static ResponseEntity<ApiError> missingFile() {
		return ApiExceptionHandler.error(HttpStatus.BAD_REQUEST, "MISSING_FILE",
				"ファイルがありません。file パートで目標シートのファイルを送ってください");
	}

	static ResponseEntity<ApiError> tooLarge() {
		return ApiExceptionHandler.error(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", "ファイルが大きすぎます");
	}
}
