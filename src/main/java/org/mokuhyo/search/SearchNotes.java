package org.mokuhyo.search;

import java.util.UUID;

import org.mokuhyo.platform.DatabaseNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay between processes: one that does not own the index (the command line next to a running server)
 * announces changes on {@link SearchIndex#CHANNEL}, {@code sheet:<id>} or {@code rebuild}, and the serving one
 * queues them for its worker.
 */
final class SearchNotes {

	private static final Logger log = LoggerFactory.getLogger(SearchNotes.class);

	private static final String SHEET = "sheet:";

	private static final String REBUILD = "rebuild";

	private final DatabaseNotifications notifications;

	SearchNotes(DatabaseNotifications notifications) {
		this.notifications = notifications;
	}

	/** Within the transaction of a change: the note is sent when it commits. */
	void announceSheet(UUID sheetId) {
		notifications.send(SearchIndex.CHANNEL, SHEET + sheetId);
	}

	void askRebuild() {
		notifications.send(SearchIndex.CHANNEL, REBUILD);
	}

	/** In the serving process: other processes' notes become the worker's tasks. */
	void relayTo(IndexWorker worker) {
		notifications.subscribe(SearchIndex.CHANNEL, new DatabaseNotifications.Subscriber() {
			@Override
			public void notified(String payload) {
				relay(payload, worker);
			}

			@Override
			public void reset() {
				worker.check(); // notes may have been missed: compare with the database
			}
		});
	}

	private static void relay(String payload, IndexWorker worker) {
		if (REBUILD.equals(payload)) {
			worker.rebuild();
		}
		else if (payload.startsWith(SHEET)) {
			try {
				worker.sync(UUID.fromString(payload.substring(SHEET.length())), false);
			}
			catch (IllegalArgumentException ex) {
				log.warn("Ignored a search note that names no sheet: {}", payload);
			}
		}
	}
}
