package org.mokuhyo.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportOutcome;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.ImportService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A sheet file posted to the API (at {@code /api/v1/sheets/import} or under a municipality's address): read and
 * stored in one transaction as the caller, an account or an API token with the IMPORT scope.
 */
@Component
class SheetUploads {

	private final ImportService importService;

	private final Access access;

	private final ApiCaller caller;

	SheetUploads(ImportService importService, Access access, ApiCaller caller) {
		this.importService = importService;
		this.access = access;
		this.caller = caller;
	}

	/** @param municipality null: the caller's own, the only one they may import for */
	/** @param replace the caller confirmed that less content may replace the current version (else WOULD_REMOVE) */
	ResponseEntity<ImportResponse> store(MultipartFile file, Integer fiscalYear, String municipality,
			boolean published, boolean replace) {
		ApiChecks.year(fiscalYear);
		if (file.isEmpty()) {
			throw new ImportRejectedException("EMPTY", "ファイルが空です");
		}
		CurrentUser user = caller.actor();
		if (published && !access.isAdmin(user)) {
			throw ApiProblem.forbidden("公表済みとしての取込み（published=true）は管理者だけが行えます");
		}
		// the department is in the document: the caller's right to it is checked once it is read (403 otherwise)
		ImportOutcome outcome = importService.importSheet(bytes(file), file.getOriginalFilename(),
				new ImportOptions(fiscalYear,
						municipality == null || municipality.isBlank() ? access.municipalityName(user) : municipality,
						null, replace),
				(m, department) -> access.canImportSheetOf(user, m, department),
				new ImportAuthor(user.id(), user.displayName(), published));
		String apiUrl = "/api/v1/sheets/" + outcome.sheetId();
		return ResponseEntity.created(URI.create(apiUrl))
			.body(new ImportResponse(outcome.sheetId(), "/sheets/" + outcome.sheetId(), apiUrl, outcome.version(),
					outcome.replaced(), outcome.changed(), outcome.report()));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
