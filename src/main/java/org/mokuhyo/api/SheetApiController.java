package org.mokuhyo.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.workflow.SheetLists;
import org.mokuhyo.workflow.Workflows;
import org.mokuhyo.importer.ImportOutcome;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.sheet.SheetJson;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Sheets: import one, list them, read one as open data.
 */
@RestController
@RequestMapping("/api/v1/sheets")
class SheetApiController {

	/** Fiscal years outside this range are typing errors, not sheets. */
	private static final int FIRST_YEAR = 1989;

	private static final int LAST_YEAR = 2200;

	private final ImportService importService;

	private final SheetStore store;

	private final Access access;

	private final Workflows workflows;

	private final SheetLists lists;

	SheetApiController(ImportService importService, SheetStore store, Access access, Workflows workflows,
			SheetLists lists) {
		this.lists = lists;
		this.importService = importService;
		this.store = store;
		this.access = access;
		this.workflows = workflows;
	}

	@PostMapping("/import")
	ResponseEntity<ImportResponse> importSheet(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) boolean published) {
		checkYear(fiscalYear);
		if (file.isEmpty()) {
			throw new ImportRejectedException("EMPTY", "ファイルが空です");
		}
		CurrentUser user = access.signedIn();
		if (published && !access.isAdmin(user)) {
			throw ApiProblem.forbidden("公表済みとしての取込み（published=true）は管理者だけが行えます");
		}
		// the department is in the document: the caller's right to it is checked once it is read (403 otherwise)
		ImportOutcome outcome = importService.importSheet(bytes(file), file.getOriginalFilename(),
				// no municipality named: the caller's own, the only one they may import for
				new ImportOptions(fiscalYear,
						municipality == null || municipality.isBlank() ? access.municipalityName(user) : municipality,
						null),
				(m, department) -> access.canImportSheetOf(user, m, department),
				new ImportAuthor(user.id(), user.displayName(), published));
		String apiUrl = "/api/v1/sheets/" + outcome.sheetId();
		return ResponseEntity.created(URI.create(apiUrl))
				.body(new ImportResponse(outcome.sheetId(), "/sheets/" + outcome.sheetId(), apiUrl, outcome.version(),
						outcome.replaced(), outcome.changed(), outcome.report()));
	}

	@GetMapping
	SheetListResponse list(@RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) String department) {
		checkYear(fiscalYear);
		String departmentFilter = department == null || department.isBlank() ? null : department;
		// staff see their municipality's sheets as they stand, others as published; the public, published sheets
		var items = lists.visibleTo(access.signedIn(), fiscalYear, departmentFilter, null).sheets();
		return new SheetListResponse(items, items.size());
	}

	/**
	 * The sheet JSON as stored: for the public its published version (served from memory after the first read, see
	 * {@link SheetJsonCacheConfiguration}), 404 while nothing is published; for staff its current version.
	 */
	@GetMapping("/{id}")
	ResponseEntity<byte[]> sheet(@PathVariable String id) {
		UUID sheetId = uuid(id);
		Optional<SheetJson> found = access.canSeeDraftsOfSheet(access.signedIn(), sheetId) ? store.findJson(sheetId)
				: workflows.publishedVersion(sheetId).flatMap(version -> store.findJson(sheetId, version));
		SheetJson stored = found.orElseThrow(ApiProblem::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(stored.json().getBytes(StandardCharsets.UTF_8));
	}

	private static void checkYear(Integer fiscalYear) {
		if (fiscalYear != null && (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR)) {
			throw ApiProblem.invalidParameter("fiscalYear");
		}
	}

	/** A malformed id names no sheet: 404 like any unknown one. */
	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.notFound();
		}
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
