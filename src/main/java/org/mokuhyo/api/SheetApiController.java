package org.mokuhyo.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
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
@Tag(name = "目標シート", description = "目標シート・目標・取組みの一覧と、シートの JSON")
class SheetApiController {

	private final ImportService importService;

	private final SheetStore store;

	private final Access access;

	private final Workflows workflows;

	private final ApiCaller caller;

	SheetApiController(ImportService importService, SheetStore store, Access access, Workflows workflows,
			ApiCaller caller) {
		this.importService = importService;
		this.store = store;
		this.access = access;
		this.workflows = workflows;
		this.caller = caller;
	}

	@PostMapping("/import")
	@Operation(operationId = "importSheet", summary = "目標シートの取込み",
			description = "公表された形式のファイル（file パート）を読み、下書きとして保存します（1つのトランザクション）。同じ部局・年度のシートは新しい版に。"
					+ "管理者、その部局の編集者、またはその部局の IMPORT 権限の API トークン。published=true（公表済みとして）は管理者だけ。",
			security = { @SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer") },
			responses = @ApiResponse(responseCode = "201", description = "取り込んだ（Location にシートの JSON）"))
	ResponseEntity<ImportResponse> importSheet(@Parameter(description = "目標シートのファイル") @RequestParam("file") MultipartFile file,
			@Parameter(description = "年度（省略時は文書から）") @RequestParam(required = false) Integer fiscalYear,
			@Parameter(description = "自治体名（省略時は既定の自治体）") @RequestParam(required = false) String municipality,
			@Parameter(description = "公表済みとして取り込む（管理者のみ）") @RequestParam(required = false) boolean published) {
		checkYear(fiscalYear);
		if (file.isEmpty()) {
			throw new ImportRejectedException("EMPTY", "ファイルが空です");
		}
		// an account (HTTP Basic) or an API token with the IMPORT scope, as an editor of its departments
		CurrentUser user = caller.actor();
		if (published && !access.isAdmin(user)) {
			throw ApiProblem.forbidden("公表済みとしての取込み（published=true）は管理者だけが行えます");
		}
		// the department is in the document: the caller's right to it is checked once it is read (403 otherwise)
		ImportOutcome outcome = importService.importSheet(bytes(file), file.getOriginalFilename(),
				new ImportOptions(fiscalYear, municipality, null),
				(m, department) -> access.canImportSheetOf(user, m, department),
				new ImportAuthor(user.id(), user.displayName(), published));
		String apiUrl = "/api/v1/sheets/" + outcome.sheetId();
		return ResponseEntity.created(URI.create(apiUrl))
				.body(new ImportResponse(outcome.sheetId(), "/sheets/" + outcome.sheetId(), apiUrl, outcome.version(),
						outcome.replaced(), outcome.changed(), outcome.report()));
	}

	@GetMapping
	@Operation(operationId = "listAllSheets", summary = "目標シートの一覧（全自治体、ページなし）",
			description = "以前からの一覧。自治体ごとのページ付き一覧は /api/v1/municipalities/{municipality}/sheets。")
	SheetListResponse list(@RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) String department) {
		checkYear(fiscalYear);
		String departmentFilter = department == null || department.isBlank() ? null : department;
		// staff see every sheet as it stands; the public, published sheets as published
		var items = access.canSeeDrafts(access.signedIn()) ? store.list(fiscalYear, departmentFilter)
				: workflows.publishedSheets(fiscalYear, departmentFilter);
		return new SheetListResponse(items, items.size());
	}

	/**
	 * The sheet JSON as stored: for the public its published version (served from memory after the first read, see
	 * {@link SheetJsonCacheConfiguration}), 404 while nothing is published; for staff its current version.
	 */
	@GetMapping("/{id}")
	@Operation(operationId = "getSheet", summary = "目標シート（オープンデータの JSON）",
			description = "一般には公表された版（ETag 付き）、職員には現在の版。形式は /schemas/sheet.schema.json。",
			responses = @ApiResponse(responseCode = "200", description = "シートの JSON",
					content = @Content(mediaType = "application/json",
							schema = @Schema(type = "object", description = "/schemas/sheet.schema.json の形式"))))
	ResponseEntity<byte[]> sheet(@PathVariable String id) {
		UUID sheetId = uuid(id);
		Optional<SheetJson> found = access.canSeeDrafts(access.signedIn()) ? store.findJson(sheetId)
				: workflows.publishedVersion(sheetId).flatMap(version -> store.findJson(sheetId, version));
		SheetJson stored = found.orElseThrow(ApiProblem::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(stored.json().getBytes(StandardCharsets.UTF_8));
	}

	private static void checkYear(Integer fiscalYear) {
		ApiChecks.year(fiscalYear);
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
