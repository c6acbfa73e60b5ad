package org.mokuhyo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jsoup.nodes.Document;
import org.mokuhyo.web.WebTestSupport.Response;
import org.mokuhyo.web.WebTestSupport;

/** A bulk import's page as a person watches it: opened again until it says 完了. */
public final class BulkImportPages {

	private BulkImportPages() {
	}

	/** The import's page once it says 完了; every look at it a 200. */
	public static Document awaitDone(WebTestSupport web, String page, Duration timeout) throws Exception {
		long until = System.nanoTime() + timeout.toNanos();
		while (true) {
			Response response = web.get(page);
			assertThat(response.status()).isEqualTo(200);
			Document doc = response.document();
			if (doc.selectFirst(".bulk-state strong").text().equals("完了")) {
				return doc;
			}
			if (System.nanoTime() > until) {
				throw new AssertionError("not done after " + timeout + ": " + doc.selectFirst("#bulk-status").text());
			}
			Thread.sleep(200);
		}
	}
}
