package org.mokuhyo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/municipalities/{municipality}/sheets/import}: a sheet file stored as that municipality's,
 * under the same address as its lists; the caller's rights are checked against the department read, as at
 * {@code /api/v1/sheets/import} (another municipality's staff and tokens get 403).
 */
@RestController
@Tag(name = "目標シート", description = "目標シート・目標・取組みの一覧と、シートの JSON")
class MunicipalityImportApiController {

	private final ApiCaller caller;

	private final SheetUploads uploads;

	MunicipalityImportApiController(ApiCaller caller, SheetUploads uploads) {
		this.caller = caller;
		this.uploads = uploads;
	}

	@PostMapping(MunicipalityApiController.BASE + "/{municipality}/sheets/import")
	@Operation(operationId = "importMunicipalitySheet", summary = "自治体の目標シートの取込み",
			description = "/api/v1/sheets/import と同じ取込みを、この自治体のシートとして行います。",
			security = { @SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer") },
			responses = @ApiResponse(responseCode = "201", description = "取り込んだ（Location にシートの JSON）"))
	ResponseEntity<ImportResponse> importSheet(
			@Parameter(description = "全国地方公共団体コード（または自治体名）") @PathVariable String municipality,
			@Parameter(description = "目標シートのファイル") @RequestParam("file") MultipartFile file,
			@Parameter(description = "年度（省略時は文書から）") @RequestParam(required = false) Integer fiscalYear,
			@Parameter(description = "公表済みとして取り込む（管理者のみ）") @RequestParam(required = false) boolean published,
			@Parameter(description = "今の版より内容が減っても置き換える（確認済み）。省略時、目標・方針・振り返りがなくなる取込みは 409 WOULD_REMOVE、今の版が読めないときは 409 CURRENT_UNREADABLE")
			@RequestParam(required = false) boolean replace) {
		return uploads.store(file, fiscalYear, caller.municipality(municipality).name(), published, replace);
	}
}
