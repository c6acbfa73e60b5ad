package org.mokuhyo.api;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The body of every API error: an RFC 9457 problem ({@code application/problem+json}) with the error code as an
 * extension, so clients branch on {@code code} and show {@code detail} (Japanese) to people.
 *
 * @param type     {@code urn:mokuhyo:problem:} and the code in lower case (a stable identifier, not a page)
 * @param title    the kind of problem, in Japanese, the same for every problem of that status
 * @param detail   what went wrong with this request, in Japanese
 * @param instance the path requested
 * @param code     stable and machine-readable, e.g. NOT_FOUND
 * @param errors   one message per wrong row or field, when there are several (progress updates)
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, with the error code as the extension `code`")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(@Schema(example = "urn:mokuhyo:problem:not-found", requiredMode = Schema.RequiredMode.REQUIRED) String type,
		@Schema(example = "見つかりません", requiredMode = Schema.RequiredMode.REQUIRED) String title,
		@Schema(example = "404", requiredMode = Schema.RequiredMode.REQUIRED) int status,
		@Schema(example = "指定された目標シートは見つかりません", requiredMode = Schema.RequiredMode.REQUIRED) String detail,
		@Schema(example = "/api/v1/sheets/00000000-0000-0000-0000-000000000000") String instance,
		@Schema(example = "NOT_FOUND", requiredMode = Schema.RequiredMode.REQUIRED) String code,
		List<String> errors) {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	static ApiError of(HttpStatus status, String code, String detail) {
		return of(status, code, detail, null);
	}

	static ApiError of(HttpStatus status, String code, String detail, List<String> errors) {
		return new ApiError("urn:mokuhyo:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'), title(status),
				status.value(), detail, currentPath(), code, errors == null || errors.isEmpty() ? null : List.copyOf(errors));
	}

	/** The same for a request outside Spring MVC (the security filters). */
	static ApiError of(HttpServletRequest request, HttpStatus status, String code, String detail) {
		ApiError error = of(status, code, detail);
		return new ApiError(error.type, error.title, error.status, error.detail, request.getRequestURI(), error.code,
				null);
	}

	static String title(HttpStatus status) {
		return switch (status.value()) {
			case 400 -> "リクエストが正しくありません";
			case 401 -> "認証が必要です";
			case 403 -> "権限がありません";
			case 404 -> "見つかりません";
			case 405 -> "このメソッドは使えません";
			case 406 -> "応答の形式が対応していません";
			case 409 -> "ほかの変更と競合しました";
			case 413 -> "大きすぎます";
			case 415 -> "本文の形式が対応していません";
			case 422 -> "処理できない内容です";
			case 429 -> "リクエストが多すぎます";
			case 503 -> "現在利用できません";
			default -> status.is5xxServerError() ? "サーバーで問題が発生しました" : "リクエストを処理できません";
		};
	}

	private static String currentPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRequestURI();
		}
		return null;
	}
}
