package org.mokuhyo.web.sheet;

import java.util.List;
import java.util.Map;

import org.mokuhyo.account.Access;
import org.mokuhyo.sheet.SheetLimitException;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.web.PageText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A sheet whose stored version cannot be read, on any of the pages: the site's error page (409) saying so, with the
 * ways back, the versions list (its earlier versions can be restored: the list reads no snapshot) and a fresh
 * import. A save refused because its version would not read back is the input's fault: 422.
 */
// every page of the web module (all its features' packages lie under web), none of the API's
@ControllerAdvice(basePackageClasses = PageText.class)
class UnreadableSheetPages {

	private static final Logger log = LoggerFactory.getLogger(UnreadableSheetPages.class);

	private final Access access;

	UnreadableSheetPages(Access access) {
		this.access = access;
	}

	@ExceptionHandler
	ModelAndView unreadable(SnapshotUnreadableException ex) {
		HttpStatus status = ex.refusedSave() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
		if (!ex.refusedSave()) {
			log.warn("sheet {} version {}: {} ({})", ex.sheetId(), ex.version(), ex.code(),
					ex.getCause() == null ? "?" : ex.getCause().getClass().getSimpleName());
		}
		String heading = ex.refusedSave() ? "保存できませんでした" : "シートの保存内容を読み込めません";
		// the ways back are the staff's: the public is shown neither the history nor the upload
		boolean staff = ex.sheetId() != null && access.canSeeDraftsOfSheet(access.signedIn(), ex.sheetId());
		String message = staff || ex.refusedSave() ? ex.getMessage()
				: "このシートの公表内容を表示できません。お手数ですが担当部局にお問い合わせください。";
		ModelAndView page = new ModelAndView(ErrorPages.VIEW, Map.of("status", status.value(), "heading", heading,
				"message", message + "（" + ex.code() + "）"), status);
		if (staff) {
			page.addObject("recovery", List.of(
					new Recovery("/sheets/" + ex.sheetId() + "/versions", "版の一覧（以前の版を表示・復元する）"),
					new Recovery("/", "ファイルを取り込み直す")));
		}
		return page;
	}

	/** A save over the sheet's limits that no form check caught (a restore, a new sheet): the input's, 422. */
	@ExceptionHandler
	ModelAndView overLimits(SheetLimitException ex) {
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		return new ModelAndView(ErrorPages.VIEW, Map.of("status", status.value(), "heading", "保存できませんでした",
				"message", ex.getMessage() + "（" + ex.code() + "）"), status);
	}

	/** A way back offered on the page. */
	record Recovery(String href, String label) {
	}
}
