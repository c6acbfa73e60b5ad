package org.mokuhyo.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.workflow.SheetWorkflow;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.StepRefusedException;
import org.mokuhyo.workflow.Workflows;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cycle of a sheet for other systems and scripts (staff only; the public gets 404 as for an unknown sheet):
 * {@code GET …/workflow} tells where it stands, {@code POST …/steps} takes a step with the same rules as the
 * workflow page ({@code Workflows.mayTake} and {@code SheetWorkflow}). Hearings are recorded on the page.
 */
@RestController
@RequestMapping("/api/v1/sheets/{id}")
@Tag(name = "手続き", description = "シートの年間の手続き（職員のみ）")
class WorkflowApiController {

	private final Workflows workflows;

	private final Access access;

	WorkflowApiController(Workflows workflows, Access access) {
		this.workflows = workflows;
		this.access = access;
	}

	/** The body of a step: which one, an optional comment, and for 公表 an optional 作成基準日 (yyyy-MM-dd). */
	record StepRequest(String step, String comment, String asOf) {
	}

	@GetMapping("/workflow")
	@Operation(operationId = "getWorkflow", summary = "シートの手続きの状態と記録", security = @SecurityRequirement(name = "basic"))
	WorkflowResponse workflow(@PathVariable String id) {
		return response(staffSheet(id), access.signedIn());
	}

	@PostMapping("/steps")
	@Operation(operationId = "takeStep", summary = "手続きを行う（提出・承認・公表など）", security = @SecurityRequirement(name = "basic"))
	WorkflowResponse step(@PathVariable String id, @RequestBody(required = false) StepRequest request) {
		UUID sheetId = staffSheet(id);
		CurrentUser user = access.signedIn();
		if (request == null || request.step() == null) {
			throw ApiProblem.invalidParameter("step");
		}
		Step step;
		try {
			step = Step.valueOf(request.step().strip());
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.invalidParameter("step");
		}
		if (step == Step.EDIT || step == Step.IMPORT_PUBLISHED || step == Step.RECORD_HEARING) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "NOT_A_STEP_HERE",
					"「" + step.label() + "」は手続きとしては行えません（編集・取込み・ヒアリングの記録はそれぞれの画面や API で行います）");
		}
		LocalDate asOf;
		try {
			asOf = request.asOf() == null || request.asOf().isBlank() ? null : LocalDate.parse(request.asOf().strip());
		}
		catch (DateTimeParseException ex) {
			throw ApiProblem.invalidParameter("asOf");
		}
		workflows.take(sheetId, step, user, request.comment(), asOf);
		return response(sheetId, user);
	}

	/** Refusals keep the workflow's code: FORBIDDEN 403, NOT_FOUND 404, a step the state does not allow 409. */
	@ExceptionHandler
	ResponseEntity<ApiError> refused(StepRefusedException ex) {
		HttpStatus status = switch (ex.code()) {
			case "FORBIDDEN" -> HttpStatus.FORBIDDEN;
			case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
			default -> HttpStatus.CONFLICT;
		};
		return ApiExceptionHandler.error(status, ex.code(), ex.getMessage());
	}

	private UUID staffSheet(String id) {
		UUID sheetId;
		try {
			sheetId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.notFound();
		}
		if (!access.canSeeDrafts(access.signedIn()) || workflows.state(sheetId).isEmpty()) {
			throw ApiProblem.notFound();
		}
		return sheetId;
	}

	private WorkflowResponse response(UUID sheetId, CurrentUser user) {
		SheetWorkflow state = workflows.state(sheetId).orElseThrow(ApiProblem::notFound);
		return WorkflowResponse.of(sheetId, state, workflows.publication(sheetId).orElse(null),
				workflows.stepsFor(user, sheetId), workflows.steps(sheetId));
	}
}
