package org.mokuhyo.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.portal.GoalKind;
import org.mokuhyo.portal.PublicLists;
import org.mokuhyo.portal.PublicSheet;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.workflow.Publication;
import org.mokuhyo.workflow.SheetStatus;
import org.mokuhyo.workflow.SheetWorkflow;
import org.mokuhyo.workflow.Workflows;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A municipality's sheets, goals and actions, paged and filtered. The public reads published sheets as published
 * (goals and actions from the read model of 分野から探す); staff read every sheet as it stands, drafts included (sheets
 * with {@code status} to filter by; goals and actions from the current versions, {@link StaffLists}).
 */
@RestController
@Tag(name = "目標シート", description = "目標シート・目標・取組みの一覧と、シートの JSON")
class MunicipalitySheetsApiController {

	private static final String BASE = MunicipalityApiController.BASE + "/{municipality}";

	private final ApiCaller caller;

	private final PublicLists lists;

	private final SheetStore store;

	private final Workflows workflows;

	private final SheetApiController sheets;

	private final StaffLists staffLists;

	MunicipalitySheetsApiController(ApiCaller caller, PublicLists lists, SheetStore store, Workflows workflows,
			SheetApiController sheets, StaffLists staffLists) {
		this.staffLists = staffLists;
		this.caller = caller;
		this.lists = lists;
		this.store = store;
		this.workflows = workflows;
		this.sheets = sheets;
	}

	@GetMapping(BASE + "/sheets")
	@Operation(operationId = "listSheets", summary = "目標シートの一覧",
			description = "新しい年度から、部局名の順に。一般には公表済みのシート（公表された版）だけ、職員（HTTP Basic）には下書きを含む全シートを"
					+ "現在の状態で返します。")
	ResponseEntity<PageResponse<ApiItems.SheetItem>> list(@PathVariable String municipality,
			@Parameter(description = "年度（西暦の開始年、例: 2024）") @RequestParam(required = false) Integer fiscalYear,
			@Parameter(description = "部局名（例: 市民協働部）") @RequestParam(required = false) String department,
			@Parameter(description = "状態: DRAFT, SUBMITTED, HEARING_HELD, RESUBMITTED, APPROVED, PUBLISHED（一般には公表済みだけ）")
			@RequestParam(required = false) String status,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		Paging paging = Paging.of(page, size);
		ApiChecks.year(fiscalYear);
		SheetStatus wanted = ApiChecks.choice("status", status, SheetStatus.class);
		PublicLists.Municipality m = caller.municipality(municipality);
		String dept = ApiChecks.text(department);
		if (caller.staffOf(m)) {
			return Paging.respond(PageResponse.slice(staffSheets(m, fiscalYear, dept, wanted), paging));
		}
		if (wanted != null && wanted != SheetStatus.PUBLISHED) {
			return Paging.respond(PageResponse.slice(List.of(), paging)); // the public sees no other state
		}
		return Paging.respond(PageResponse.of(lists.sheets(m.id(), fiscalYear, dept, paging.page(), paging.size()),
				MunicipalitySheetsApiController::publicItem));
	}

	@GetMapping(BASE + "/sheets/{id}")
	@Operation(operationId = "getMunicipalitySheet", summary = "目標シート（オープンデータの JSON）",
			description = "一般には公表された版、職員には現在の版。形式は /schemas/sheet.schema.json。",
			responses = @ApiResponse(responseCode = "200", description = "シートの JSON",
					content = @Content(mediaType = "application/json",
							schema = @Schema(type = "object", description = "/schemas/sheet.schema.json の形式"))))
	ResponseEntity<byte[]> sheet(@PathVariable String municipality, @PathVariable String id) {
		PublicLists.Municipality m = caller.municipality(municipality);
		ResponseEntity<byte[]> found = sheets.sheet(id);
		boolean ours = store.find(UUID.fromString(id)).map(s -> s.municipality().equals(m.name())).orElse(false);
		if (!ours) {
			throw ApiProblem.notFound();
		}
		return found;
	}

	@GetMapping(BASE + "/goals")
	@Operation(operationId = "listGoals", summary = "目標の一覧",
			description = "当年度目標と中期目標。一般には公表済みのシート（公表された版）、職員には下書きを含む現在の版から。条件はすべて同時に使えます。")
	ResponseEntity<PageResponse<ApiItems.GoalItem>> goals(@PathVariable String municipality,
			@Parameter(description = "年度（例: 2024）") @RequestParam(required = false) Integer fiscalYear,
			@Parameter(description = "部局名") @RequestParam(required = false) String department,
			@Parameter(description = "ANNUAL（当年度目標）または MID_TERM（中期目標）") @RequestParam(required = false) String kind,
			@Parameter(description = "総合計画の項目コード（例: 5-1-(3)）。下位の項目に結び付いた目標も含む")
			@RequestParam(required = false) String planNode,
			@Parameter(description = "基本政策の番号（例: 45）") @RequestParam(required = false) Integer policy,
			@Parameter(description = "true: 【重点】の目標だけ") @RequestParam(required = false) Boolean priority,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		Paging paging = Paging.of(page, size);
		ApiChecks.year(fiscalYear);
		if (policy != null && policy < 1) {
			throw ApiProblem.invalidParameter("policy"); // 基本政策 are numbered from 1
		}
		GoalKind goalKind = ApiChecks.choice("kind", kind, GoalKind.class);
		String code = null;
		if (ApiChecks.text(planNode) != null) {
			code = PlanCode.normalize(planNode).orElseThrow(() -> ApiProblem.invalidParameter("planNode"));
		}
		PublicLists.Municipality m = caller.municipality(municipality);
		var query = new PublicLists.GoalQuery(fiscalYear, ApiChecks.text(department), goalKind, code, policy, priority);
		if (caller.staffOf(m)) {
			return Paging.respond(PageResponse.slice(staffLists.goals(m.name(), query), paging));
		}
		return Paging.respond(PageResponse.of(lists.goals(m.id(), query, paging.page(), paging.size()),
				g -> new ApiItems.GoalItem(g.sheetId(), g.goalId(), g.fiscalYear(), g.department(), g.kind().name(),
						g.number(), g.title(), g.priority(), g.planCodes(), g.policyNumbers(), g.asOf(),
						"/sheets/" + g.sheetId() + "#" + g.kind().anchor(g.number()))));
	}

	@GetMapping(BASE + "/actions")
	@Operation(operationId = "listActions", summary = "取組みの一覧",
			description = "当年度目標の取組み内容と、その下の項目（subPoint）。一般には公表済みのシート、職員には現在の版から。tag で [新規] / [拡充] に絞れます。")
	ResponseEntity<PageResponse<ApiItems.ActionItem>> actions(@PathVariable String municipality,
			@Parameter(description = "年度（例: 2024）") @RequestParam(required = false) Integer fiscalYear,
			@Parameter(description = "部局名") @RequestParam(required = false) String department,
			@Parameter(description = "新規 または 拡充") @RequestParam(required = false) String tag,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		Paging paging = Paging.of(page, size);
		ApiChecks.year(fiscalYear);
		String t = ApiChecks.text(tag);
		if (t != null && !t.equals("新規") && !t.equals("拡充")) {
			throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
					"パラメータ tag は 新規 または 拡充 で指定してください");
		}
		PublicLists.Municipality m = caller.municipality(municipality);
		if (caller.staffOf(m)) {
			return Paging.respond(
					PageResponse.slice(staffLists.actions(m.name(), fiscalYear, ApiChecks.text(department), t), paging));
		}
		return Paging.respond(PageResponse.of(
				lists.actions(m.id(), fiscalYear, ApiChecks.text(department), t, paging.page(), paging.size()),
				a -> new ApiItems.ActionItem(a.sheetId(), a.fiscalYear(), a.department(), a.goalNumber(),
						a.itemLabel(), a.label(), a.subPoint(), a.text(), a.tags(), a.schedule(),
						"/sheets/" + a.sheetId() + "#" + GoalKind.ANNUAL.anchor(a.goalNumber()))));
	}

	private List<ApiItems.SheetItem> staffSheets(PublicLists.Municipality m, Integer fiscalYear, String department,
			SheetStatus wanted) {
		List<SheetSummary> all = store.list(fiscalYear, department)
			.stream()
			.filter(s -> s.municipality().equals(m.name()))
			.toList();
		Map<UUID, SheetWorkflow> states = workflows.states(all.stream().map(SheetSummary::id).toList());
		List<ApiItems.SheetItem> items = new ArrayList<>();
		for (SheetSummary s : all) {
			SheetWorkflow state = states.get(s.id());
			if (state == null || (wanted != null && state.status() != wanted)) {
				continue;
			}
			Publication publication = state.publishedVersion() == null ? null
					: workflows.publication(s.id()).orElse(null);
			items.add(new ApiItems.SheetItem(s.id(), s.department(), s.fiscalYear(), s.fiscalYearLabel(),
					s.version(), state.status().name(), state.label(), state.publishedVersion(),
					publication == null ? null : publication.asOf(), state.phase().name(), s.annualGoals(),
					s.midTermGoals(), "/sheets/" + s.id(), "/api/v1/sheets/" + s.id()));
		}
		return items;
	}

	private static ApiItems.SheetItem publicItem(PublicSheet s) {
		return new ApiItems.SheetItem(s.sheetId(), s.department(), s.fiscalYear(), Era.fiscalYearLabel(s.fiscalYear()),
				s.version(), SheetStatus.PUBLISHED.name(), SheetStatus.PUBLISHED.label(), s.version(), s.asOf(),
				s.phase().name(), s.annualGoals(), s.midTermGoals(), "/sheets/" + s.sheetId(),
				"/api/v1/sheets/" + s.sheetId());
	}
}
