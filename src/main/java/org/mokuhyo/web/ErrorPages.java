package org.mokuhyo.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Japanese error pages in the site's layout: for the controllers here (an unknown sheet) and, as Boot's
 * {@link ErrorViewResolver}, for every error a browser meets (unknown address, upload over the size limit, failure).
 * Clients that do not ask for HTML keep Boot's JSON error body.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	static final String VIEW = "web/error";

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return page(status);
	}

	static ModelAndView sheetNotFound() {
		return page(HttpStatus.NOT_FOUND, "シートが見つかりません",
				"指定されたシートは見つかりませんでした。URLをご確認いただくか、一覧からお探しください。");
	}

	static ModelAndView page(HttpStatus status) {
		return switch (status.value()) {
			case 400 -> page(status, "リクエストの内容が正しくありません", "入力内容をご確認のうえ、もう一度お試しください。");
			case 403 -> page(status, "アクセスできません", "このページを表示する権限がありません。");
			case 404 -> page(status, "ページが見つかりません", "お探しのページは見つかりませんでした。URLをご確認いただくか、一覧からお探しください。");
			case 405 -> page(status, "この操作はできません", "このページではその操作を受け付けていません。");
			case 413 -> page(status, "ファイルが大きすぎます", "ファイルの大きさが上限を超えています。ファイルをご確認ください。");
			default -> status.is5xxServerError()
					? page(status, "システムエラーが発生しました", "しばらく時間をおいてから、もう一度お試しください。")
					: page(status, "エラーが発生しました", "もう一度お試しください。");
		};
	}

	private static ModelAndView page(HttpStatus status, String heading, String message) {
		return new ModelAndView(VIEW, Map.of("status", status.value(), "heading", heading, "message", message), status);
	}
}
