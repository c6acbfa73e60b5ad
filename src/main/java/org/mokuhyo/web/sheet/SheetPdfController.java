package org.mokuhyo.web.sheet;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.pdf.PdfExport;
import org.mokuhyo.pdf.PdfFontMissingException;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.web.ErrorPages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sheet as PDF (印刷用 PDF), the same version the sheet page shows the reader: the public the published version
 * (404 when none), staff the current one. Staff downloads are in the audit log, like every export; the public's are
 * downloads of a published document, as their page views are not logged either.
 */
@Controller
class SheetPdfController {

	private final ReadableSheets sheets;

	private final PdfExport pdf;

	private final AuditLog audit;

	private final RenderedExports rendered;

	SheetPdfController(ReadableSheets sheets, PdfExport pdf, AuditLog audit, RenderedExports rendered) {
		this.rendered = rendered;
		this.sheets = sheets;
		this.pdf = pdf;
		this.audit = audit;
	}

	@GetMapping("/sheets/{id}/export.pdf")
	Object exportPdf(@PathVariable("id") String id,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, WebRequest request) {
		Optional<ReadableSheets.Read> read = sheets.find(id);
		if (read.isEmpty()) {
			return ErrorPages.sheetNotFound();
		}
		UUID sheetId = read.get().id();
		CurrentUser user = read.get().user();
		SheetData data = read.get().sheet();
		String etag = RenderedExports.etag("pdf", sheetId, data.version());
		if (request.checkNotModified(etag)) {
			return null; // 304: the reader has this version's file
		}
		byte[] body;
		try {
			body = rendered.file("pdf", sheetId, data.version(), () -> pdf.render(data));
		}
		catch (PdfFontMissingException ex) {
			return fontMissing(ex, accept);
		}
		if (user != null) {
			audit.record(user.id(), user.displayName(), AuditEvent.Kind.EXPORT, null, sheetId,
					"PDF: %s %s %d年度（第%s版）".formatted(data.municipality(),
							data.department() == null ? "" : data.department().name(), data.fiscalYear(),
							data.version()));
		}
		return ResponseEntity.ok()
			.eTag(etag)
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, PdfExport.contentDisposition(data))
			.body(body);
	}

	/** 503: the server lacks something an administrator installs; a page for browsers, a problem for programs. */
	private static Object fontMissing(PdfFontMissingException ex, String accept) {
		if (accept != null && accept.contains("text/html")) {
			return new ModelAndView(ErrorPages.VIEW, Map.of("status", 503, "heading", "PDF を作成できません", "message",
					ex.getMessage()), HttpStatus.SERVICE_UNAVAILABLE);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("PDF を作成できません");
		problem.setProperty("code", ex.code());
		problem.setType(java.net.URI.create("urn:mokuhyo:problem:" + ex.code().toLowerCase().replace('_', '-')));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
