package org.mokuhyo.portal;

import org.mokuhyo.workflow.SheetStepTaken;
import org.mokuhyo.workflow.Step;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the cycle: every step is announced inside its transaction, so the read model changes with the publication
 * or not at all (a step refused or failing later rolls both back).
 */
@Component
class PublicationListener {

	private final PublishedIndex index;

	PublicationListener(PublishedIndex index) {
		this.index = index;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void stepTaken(SheetStepTaken event) {
		if (event.step() == Step.EDIT) {
			return; // a save makes a draft (or a new one): the published version stays what it was
		}
		index.refresh(event.sheetId(), event.departmentId(), event.publishedVersion(), event.phase());
	}

	/** Sheets published before the model existed (or by a process without it) enter it once, at start. */
	@EventListener(ApplicationReadyEvent.class)
	void started() {
		index.rebuildIfEmpty();
	}
}
