package org.mokuhyo.audit;

import org.mokuhyo.account.AccountChanged;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.workflow.SheetStepTaken;
import org.mokuhyo.workflow.Step;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * What the audit log records, as the other modules announce it. Account changes and steps are recorded in their
 * own transaction, so a refused change leaves no line. Sign-ins are the interactive ones (the form); API calls
 * authenticate on every request and would drown the log, but their failures are kept.
 */
@Component
class AuditListeners {

	private final AuditLog log;

	AuditListeners(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		CurrentUser.of(event.getAuthentication())
			.ifPresent(user -> log.record(user.id(), user.displayName() + "（" + user.username() + "）",
					AuditEvent.Kind.SIGN_IN, null, null, null));
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		Object name = event.getAuthentication().getPrincipal();
		log.record(null, String.valueOf(name), AuditEvent.Kind.SIGN_IN_FAILED, null, null,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void accountChanged(AccountChanged event) {
		CurrentUser actor = CurrentUser.signedIn().orElse(null);
		log.record(actor == null ? null : actor.id(), actor == null ? "コマンドライン" : actor.displayName(),
				AuditEvent.Kind.ACCOUNT, null, null, event.kind().label() + ": " + event.username()
						+ (event.detail() == null ? "" : "（" + event.detail() + "）"));
	}

	@EventListener
	void stepTaken(SheetStepTaken event) {
		if (event.step() == Step.EDIT) {
			return; // saves are in the version history, with their author
		}
		String states = event.from() == null ? event.to().label() : event.from().label() + " → " + event.to().label();
		log.record(CurrentUser.signedIn().map(CurrentUser::id).orElse(null), event.actorName(), AuditEvent.Kind.STEP,
				event.departmentId() == 0 ? null : event.departmentId(), event.sheetId(), event.label() + "（"
						+ states + "、第" + event.version() + "版）" + (event.comment() == null ? "" : " " + event.comment()));
	}
}
