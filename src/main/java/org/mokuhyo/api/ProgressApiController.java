package org.mokuhyo.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.portal.PublicLists;
import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.ProgressInput;
import org.mokuhyo.progress.ProgressRefusedException;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.Target;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 進行管理 for other systems: read a quarter's updates of a sheet's actions (with the versions a save names) and save
 * some of them, through {@link Progresses} with the rules of the progress page: checked first (one wrong row, nothing
 * written, 422 with a message per row), a save from an older version refused (409), only the department's editors,
 * administrators and API tokens of the department with the PROGRESS scope (403 otherwise). Staff may read.
 */
@RestController
@Tag(name = "進行管理", description = "四半期ごとの取組みの進捗（読み取り・更新）")
class ProgressApiController {

	private static final String PATH = MunicipalityApiController.BASE + "/{municipality}/sheets/{id}/progress/{quarter}";

	private final ApiCaller caller;

	private final SheetStore store;

	private final Progresses progresses;

	ProgressApiController(ApiCaller caller, SheetStore store, Progresses progresses) {
		this.caller = caller;
		this.store = store;
		this.progresses = progresses;
	}

	/** One action with its saved update, if any. */
	record ActionProgressItem(UUID actionId, String name, List<TargetItem> targets, String status,
			String statusLabel, String comment, String updatedBy, java.time.Instant updatedAt,
			@Schema(description = "保存されている版。更新のとき baseVersion に送る（未保存なら null）") Integer version) {
	}

	/**
	 * A target (目標値) of the action and its actual value so far in the quarter.
	 *
	 * @param subItem -1 for the action's own targets, else the place of the sub-point naming it
	 */
	record TargetItem(int subItem, int position, String text, BigDecimal actual) {
	}

	record ProgressResponse(UUID sheetId, int fiscalYear, int quarter, List<ActionProgressItem> actions) {
	}

	/** An actual value: which target, and the number (full-width digits and commas accepted, as on the page). */
	record ActualInput(int subItem, int position, String value) {
	}

	/**
	 * One action's update. Everything empty withdraws the action's update.
	 *
	 * @param status      NOT_STARTED, ON_TRACK, AT_RISK, DELAYED, DONE or STOPPED
	 * @param baseVersion the version read (null when the action had no update)
	 */
	record UpdateInput(UUID actionId, String status, String comment, List<ActualInput> actuals, Integer baseVersion) {
	}

	record ProgressRequest(List<UpdateInput> updates) {
	}

	@GetMapping(PATH)
	@Operation(operationId = "getProgress", summary = "四半期の進捗",
			description = "シートの全取組みと、その四半期の進捗（状況・コメント・実績値・版）。職員、またはこの部局の PROGRESS 権限の API トークン。",
			security = { @SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer") })
	ProgressResponse read(@PathVariable String municipality, @PathVariable String id,
			@Parameter(description = "四半期 1〜4（1 = 4〜6月）") @PathVariable int quarter) {
		SheetData sheet = sheet(municipality, id);
		checkQuarter(quarter);
		if (caller.token().isPresent() && !progresses.mayUpdate(caller.actor(), sheet.id())) {
			throw ApiProblem.forbidden("この API トークンはこのシートの部局を担当していません");
		}
		return response(sheet, quarter);
	}

	@PostMapping(PATH)
	@Operation(operationId = "updateProgress", summary = "四半期の進捗を更新",
			description = "送った取組みの行だけを1つのトランザクションで保存します。1行でも誤りがあれば何も書かず 422（errors に行ごとの理由）、"
					+ "ほかの人が先に保存していれば 409。部局の編集者・管理者、またはこの部局の PROGRESS 権限の API トークン。",
			security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic") })
	ProgressResponse update(@PathVariable String municipality, @PathVariable String id, @PathVariable int quarter,
			@RequestBody ProgressRequest request) {
		SheetData sheet = sheet(municipality, id);
		checkQuarter(quarter);
		if (request == null || request.updates() == null || request.updates().isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_BODY", "updates に1件以上の取組みの進捗を入れてください");
		}
		List<ProgressInput> rows = new ArrayList<>();
		for (UpdateInput u : request.updates()) {
			if (u == null || u.actionId() == null) {
				throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_BODY", "updates の各行に actionId を入れてください");
			}
			Map<TargetKey, String> actuals = new HashMap<>();
			for (ActualInput a : u.actuals() == null ? List.<ActualInput>of() : u.actuals()) {
				actuals.put(new TargetKey(a.subItem(), a.position()), a.value());
			}
			rows.add(new ProgressInput(u.actionId(), u.status(), u.comment(), actuals, u.baseVersion()));
		}
		CurrentUser actor = caller.actor();
		progresses.save(sheet.id(), quarter, rows, actor);
		return response(sheet, quarter);
	}

	/** The progress module's refusals keep their code: 404, 403, 422 with a message per row, 409. */
	@ExceptionHandler
	ResponseEntity<ApiError> refused(ProgressRefusedException ex) {
		HttpStatus status = switch (ex.code()) {
			case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
			case "FORBIDDEN" -> HttpStatus.FORBIDDEN;
			case "CONFLICT" -> HttpStatus.CONFLICT;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		return ApiErrors.response(ApiError.of(status, ex.code(), ex.messages().get(0), ex.messages()));
	}

	private SheetData sheet(String municipality, String id) {
		PublicLists.Municipality m = caller.municipality(municipality);
		UUID sheetId;
		try {
			sheetId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.notFound();
		}
		// progress is staff's (and its tokens'): the public learns nothing, not even that the sheet exists
		if (!caller.staff() && caller.token().isEmpty()) {
			throw ApiProblem.notFound();
		}
		return store.find(sheetId).filter(s -> s.municipality().equals(m.name())).orElseThrow(ApiProblem::notFound);
	}

	private static void checkQuarter(int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "四半期（quarter）は1〜4で指定してください");
		}
	}

	private ProgressResponse response(SheetData sheet, int quarter) {
		Map<UUID, ActionProgress> saved = progresses.of(sheet.id(), quarter);
		List<ActionProgressItem> actions = new ArrayList<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					ActionProgress p = saved.get(action.id());
					List<TargetItem> targets = new ArrayList<>();
					for (Map.Entry<TargetKey, Target> t : Progresses.targets(action).entrySet()) {
						targets.add(new TargetItem(t.getKey().subItem(), t.getKey().target(), t.getValue().text(),
								p == null ? null : p.actuals().get(t.getKey())));
					}
					ProgressStatus status = p == null ? null : p.status();
					actions.add(new ActionProgressItem(action.id(), Progresses.name(goal, item, action), targets,
							status == null ? null : status.name(), status == null ? null : status.label(),
							p == null ? null : p.comment(), p == null ? null : p.updatedByName(),
							p == null ? null : p.updatedAt(), p == null ? null : p.version()));
				}
			}
		}
		return new ProgressResponse(sheet.id(), sheet.fiscalYear(), quarter, actions);
	}
}
