package org.mokuhyo.web.sheet;

import java.util.UUID;

import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.exchange.XlsxSheetWriter;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.web.DownloadNames;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * A sheet as an Excel workbook in the official layout ({@code /sheets/{id}/export.xlsx}), to edit and import again.
 * The same rule as the sheet page: the public gets the published version (404 for a sheet never published), staff
 * the current one. Staff downloads are audited like the command line's exports; the public's are of published data,
 * like the public JSON.
 */
@Controller
class SheetExportController {

	private final ReadableSheets sheets;

	private final AuditLog audit;

	private final XlsxSheetWriter writer = new XlsxSheetWriter();

	private final RenderedExports rendered;

	SheetExportController(ReadableSheets sheets, AuditLog audit, RenderedExports rendered) {
		this.rendered = rendered;
		this.sheets = sheets;
		this.audit = audit;
	}

	@GetMapping("/sheets/{id}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable("id") String id, WebRequest request) {
		ReadableSheets.Read read = sheets.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		UUID sheetId = read.id();
		CurrentUser user = read.user();
		SheetData sheet = read.sheet();
		String etag = RenderedExports.etag("xlsx", sheetId, sheet.version());
		if (request.checkNotModified(etag)) {
			return null; // 304: the reader has this version's file
		}
		byte[] body = rendered.file("xlsx", sheetId, sheet.version(), () -> writer.write(sheet));
		String fileName = XlsxSheetWriter.fileName(sheet, "xlsx");
		if (read.staff()) {
			audit.record(user.id(), user.displayName(), AuditEvent.Kind.EXPORT, null, sheetId,
					"Excel: %s（第%s版）".formatted(fileName, sheet.version()));
		}
		return ResponseEntity.ok()
			.eTag(etag)
			.contentType(MediaType.parseMediaType(XlsxSheetWriter.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(fileName, "sheet-" + sheet.fiscalYear() + ".xlsx"))
			.body(body);
	}
}
