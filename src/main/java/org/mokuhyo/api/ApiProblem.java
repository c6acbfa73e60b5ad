package org.mokuhyo.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API answers with an error of its own making.
 */
class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	ApiProblem(HttpStatus status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	static ApiProblem notFound() {
		return new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", "指定された目標シートは見つかりません");
	}

	static ApiProblem invalidParameter(String name) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "パラメータ " + name + " の値が正しくありません");
	}

	static ApiProblem forbidden(String message) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "FORBIDDEN", message);
	}

	HttpStatus status() {
		return status;
	}

	String code() {
		return code;
	}
}
