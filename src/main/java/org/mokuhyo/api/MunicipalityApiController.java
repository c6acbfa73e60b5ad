package org.mokuhyo.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.portal.PortalQueries;
import org.mokuhyo.portal.PublicLists;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipalities and their reference lists: fiscal years, departments, the 総合計画 nodes and the 基本政策, each
 * a paged list in the one envelope ({@link PageResponse}). Public; staff also see municipalities and years that only
 * have drafts.
 */
@RestController
@Tag(name = "自治体", description = "自治体と、その年度・部局・総合計画・基本政策の一覧")
class MunicipalityApiController {

	static final String BASE = "/api/v1/municipalities";

	private final ApiCaller caller;

	private final PublicLists lists;

	private final PortalQueries portal;

	private final Organizations organizations;

	private final SheetStore store;

	MunicipalityApiController(ApiCaller caller, PublicLists lists, PortalQueries portal, Organizations organizations,
			SheetStore store) {
		this.caller = caller;
		this.lists = lists;
		this.portal = portal;
		this.organizations = organizations;
		this.store = store;
	}

	@GetMapping(BASE)
	@Operation(operationId = "listMunicipalities", summary = "自治体の一覧",
			description = "公表済みのシートがある自治体（職員には全自治体）。code が URL の {municipality} になります。")
	ResponseEntity<PageResponse<ApiItems.MunicipalityItem>> municipalities(
			@Parameter(description = "ページ（1から）") @RequestParam(required = false) String page,
			@Parameter(description = "1ページの件数（既定50、最大200）") @RequestParam(required = false) String size) {
		Paging paging = Paging.of(page, size);
		List<ApiItems.MunicipalityItem> items = lists.municipalities(!caller.staff())
			.stream()
			.map(MunicipalityApiController::item)
			.toList();
		return Paging.respond(PageResponse.slice(items, paging));
	}

	@GetMapping(BASE + "/{municipality}")
	@Operation(operationId = "getMunicipality", summary = "自治体")
	ApiItems.MunicipalityItem municipality(@Parameter(description = "全国地方公共団体コード（例: 272035）")
	@PathVariable String municipality) {
		return item(caller.municipality(municipality));
	}

	@GetMapping(BASE + "/{municipality}/fiscal-years")
	@Operation(operationId = "listFiscalYears", summary = "年度の一覧",
			description = "シートのある年度（新しい順）と件数。一般には公表済みのシートだけを数えます。")
	ResponseEntity<PageResponse<ApiItems.FiscalYearItem>> fiscalYears(@PathVariable String municipality,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		Paging paging = Paging.of(page, size);
		PublicLists.Municipality m = caller.municipality(municipality);
		Map<Integer, Integer> counts = new TreeMap<>(java.util.Comparator.reverseOrder());
		if (caller.staff()) {
			for (SheetSummary sheet : store.list(null, null)) {
				if (sheet.municipality().equals(m.name())) {
					counts.merge(sheet.fiscalYear(), 1, Integer::sum);
				}
			}
		}
		else {
			portal.sheets(m.id(), null).forEach(sheet -> counts.merge(sheet.fiscalYear(), 1, Integer::sum));
		}
		List<ApiItems.FiscalYearItem> items = counts.entrySet()
			.stream()
			.map(e -> new ApiItems.FiscalYearItem(e.getKey(), Era.fiscalYearLabel(e.getKey()), e.getValue()))
			.toList();
		return Paging.respond(PageResponse.slice(items, paging));
	}

	@GetMapping(BASE + "/{municipality}/departments")
	@Operation(operationId = "listDepartments", summary = "部局の一覧", description = "自治体の部局（名前順）。")
	ResponseEntity<PageResponse<ApiItems.DepartmentItem>> departments(@PathVariable String municipality,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		Paging paging = Paging.of(page, size);
		List<ApiItems.DepartmentItem> items = organizations.departments(caller.municipality(municipality).id())
			.stream()
			.map(d -> new ApiItems.DepartmentItem(d.id(), d.name()))
			.toList();
		return Paging.respond(PageResponse.slice(items, paging));
	}

	@GetMapping(BASE + "/{municipality}/plan-nodes")
	@Operation(operationId = "listPlanNodes", summary = "総合計画の項目",
			description = "総合計画の全項目を計画の順に、親の code（parentCode）と階層（depth）付きで。goals はその項目か下位の項目に結び付いた"
					+ "公表済みの目標の数。")
	ResponseEntity<PageResponse<ApiItems.PlanNodeItem>> planNodes(@PathVariable String municipality,
			@Parameter(description = "この年度の目標だけを数える") @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		Paging paging = Paging.of(page, size);
		ApiChecks.year(fiscalYear);
		List<ApiItems.PlanNodeItem> items = portal.planTree(caller.municipality(municipality).id(), fiscalYear)
			.stream()
			.map(n -> new ApiItems.PlanNodeItem(n.code(), n.text(), n.parentCode(), n.depth(), n.goals(),
					n.departments()))
			.toList();
		return Paging.respond(PageResponse.slice(items, paging));
	}

	@GetMapping(BASE + "/{municipality}/policies")
	@Operation(operationId = "listPolicies", summary = "基本政策の一覧",
			description = "基本政策を番号順に。goals は結び付いた公表済みの目標の数。")
	ResponseEntity<PageResponse<ApiItems.PolicyItem>> policies(@PathVariable String municipality,
			@Parameter(description = "この年度の目標だけを数える") @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		Paging paging = Paging.of(page, size);
		ApiChecks.year(fiscalYear);
		List<ApiItems.PolicyItem> items = portal.policies(caller.municipality(municipality).id(), fiscalYear)
			.stream()
			.map(p -> new ApiItems.PolicyItem(p.number(), p.title(), p.goals(), p.departments()))
			.toList();
		return Paging.respond(PageResponse.slice(items, paging));
	}

	static String key(PublicLists.Municipality m) {
		return m.code() != null ? m.code() : m.name();
	}

	private static ApiItems.MunicipalityItem item(PublicLists.Municipality m) {
		return new ApiItems.MunicipalityItem(key(m), m.name(), m.publishedSheets(),
				BASE + "/" + org.springframework.web.util.UriUtils.encodePathSegment(key(m),
						java.nio.charset.StandardCharsets.UTF_8));
	}
}
