package org.mokuhyo.search;

import org.mokuhyo.progress.ProgressSaved;
import org.mokuhyo.workflow.SheetStepTaken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index following the database. Every step of the cycle may change what is published (公表, 公表済みとして
 * 取込み, 公表の取下げ, the review's 公表); the index compares the sheet's published version with the one it holds, so
 * an edit of a published sheet (a new draft) changes nothing in it. Only after the commit: a step that rolls back
 * never reaches the index. A progress report changes a goal's 進捗状況 facet, so the sheet is indexed again.
 */
@Component
class SearchIndexer {

	private final SearchIndex index;

	SearchIndexer(SearchIndex index) {
		this.index = index;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void stepTaken(SheetStepTaken step) {
		index.sheetChanged(step.sheetId(), false);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void progressSaved(ProgressSaved saved) {
		index.sheetChanged(saved.sheetId(), true);
	}

	/** In the step's transaction: a process without the index tells the server, by a note sent on commit. */
	@EventListener
	void announce(SheetStepTaken step) {
		index.announceInTransaction(step.sheetId());
	}
}
