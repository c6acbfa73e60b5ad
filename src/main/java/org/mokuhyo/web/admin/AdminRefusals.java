package org.mokuhyo.web.admin;

import org.mokuhyo.organization.DepartmentChangeRefusedException;
import org.mokuhyo.plan.PlanChangeRefusedException;
import org.springframework.http.HttpStatus;

/**
 * The status of a refused change on the administrators' list pages: 400 for values that cannot be taken, 409 when
 * the list itself stands in the way (a name or number taken, goals still linked), 404 for an unknown entry.
 */
final class AdminRefusals {

	private AdminRefusals() {
	}

	static HttpStatus status(PlanChangeRefusedException.Reason reason) {
		return switch (reason) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
		};
	}

	static HttpStatus status(DepartmentChangeRefusedException.Reason reason) {
		return switch (reason) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
		};
	}
}
