package org.mokuhyo.api;

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
import org.mokuhyo.workflow.SheetLists;
import org.mokuhyo.workflow.Workflows;
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

	private final SheetStore store;

	private final Access access;

	private final Workflows workflows;

	private final SheetUploads uploads;

	private final SheetLists lists;

	SheetApiController(SheetStore store, Access access, Workflows workflows, SheetUploads uploads,
			SheetLists lists) {
		this.uploads = uploads;
		this.lists = lists;
		this.store = store;
		this.access = access;
		this.workflows = workflows;
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
			@Parameter(description = "公表済みとして取り込む（管理者のみ）") @RequestParam(required = false) boolean published,
			@Parameter(description = "今の版より内容が減っても置き換える（確認済み）。省略時、目標・方針・振り返りがなくなる取込みは 409 WOULD_REMOVE、今の版が読めないときは 409 CURRENT_UNREADABLE")
			@RequestParam(required = false) boolean replace) {
		return uploads.store(file, fiscalYear, municipality, published, replace);
	}

	@GetMapping
	@Operation(operationId = "listAllSheets", summary = "目標シートの一覧（全自治体、ページなし）",
			description = "以前からの一覧。自治体ごとのページ付き一覧は /api/v1/municipalities/{municipality}/sheets。")
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
	@Operation(operationId = "getSheet", summary = "目標シート（オープンデータの JSON）",
			description = "一般には公表された版（ETag 付き）、職員には現在の版。形式は /schemas/sheet.schema.json。",
			responses = @ApiResponse(responseCode = "200", description = "シートの JSON",
					content = @Content(mediaType = "application/json",
							schema = @Schema(type = "object", description = "/schemas/sheet.schema.json の形式"))))
	ResponseEntity<byte[]> sheet(@PathVariable String id) {
		UUID sheetId = uuid(id);
		Optional<SheetJson> found = access.canSeeDraftsOfSheet(access.signedIn(), sheetId) ? store.findJson(sheetId)
				: workflows.publishedVersion(sheetId).flatMap(version -> store.findJson(sheetId, version));
		SheetJson stored = found.orElseThrow(ApiProblem::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(stored.json().getBytes(StandardCharsets.UTF_8));
	}

	/** Staff only (the security chain: every other GET under a sheet is for accounts); others get 404. */
	@GetMapping("/{id}/warnings")
	@Operation(operationId = "getSheetWarnings", summary = "取込み時の注意（職員）",
			description = "現在の版を取り込んだときの注意：読み取りの注意と構造の自己点検（番号の飛び、本文に残ったリンクや「今年度末に記載」など）。"
					+ "それぞれ元の文書の行・列、コード、説明、該当する記載。",
			security = @SecurityRequirement(name = "basic"))
	SheetWarningsResponse warnings(@PathVariable String id) {
		UUID sheetId = uuid(id);
		if (!access.canSeeDraftsOfSheet(access.signedIn(), sheetId)) {
			throw ApiProblem.notFound();
		}
		int version = store.currentVersion(sheetId).orElseThrow(ApiProblem::notFound);
		return new SheetWarningsResponse(sheetId, version, store.warnings(sheetId));
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

}
