package org.mokuhyo.cli;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people of {@code bench-edits}: each signs in through the sign-in form with a session of their own, then, until
 * the time is up, opens the basics edit page of their department's sheet, appends a marker of their own to one 使命
 * line and saves. On a conflict (409) they open the page again, as a person merges after someone else saved first,
 * and save again with a new marker; nothing they typed before is re-sent. A server error (500) on a save is counted
 * and handled the same way, as a person would try again.
 */
final class EditLoad {

	/** A person: the number in their markers, their account and their department's sheet. */
	record Editor(int number, String username, UUID sheet) {
	}

	/**
	 * What the people saw, all together. The counts and latencies are of the edits begun in the measured time (after
	 * the warm-up); {@code acknowledged} and {@code refused} hold every save, warm-up included, for the check.
	 */
	record Outcome(double signInSeconds, double seconds, Collection<Long> saveNanos, Collection<Long> openNanos,
			Map<UUID, Collection<LostUpdates.Save>> acknowledged, Map<UUID, Collection<String>> refused, int conflicts,
			int serverErrors, int retries, int abandoned) {
	}

	private final HttpClient http = BenchBrowser.sharedClient();

	private final int port;

	private final String password;

	private final Collection<Long> saves = new ConcurrentLinkedQueue<>();

	private final Collection<Long> opens = new ConcurrentLinkedQueue<>();

	private final Map<UUID, Collection<LostUpdates.Save>> acknowledged = new ConcurrentHashMap<>();

	private final Map<UUID, Collection<String>> refused = new ConcurrentHashMap<>();

	private final AtomicInteger conflicts = new AtomicInteger();

	private final AtomicInteger serverErrors = new AtomicInteger();

	private final AtomicInteger retries = new AtomicInteger();

	private final AtomicInteger abandoned = new AtomicInteger();

	/** When the measured time begins and ends (System.nanoTime); set before the people start, read by them after. */
	private volatile long measuredFrom;

	private volatile long deadline;

	EditLoad(int port, String password) {
		this.port = port;
		this.password = password;
	}

	/** Signs everybody in, then lets them edit for {@code warmUpSeconds} (not counted) and {@code seconds}. */
	Outcome run(List<Editor> editors, int warmUpSeconds, int seconds) throws InterruptedException, ExecutionException {
		for (Editor editor : editors) {
			acknowledged.computeIfAbsent(editor.sheet(), id -> new ConcurrentLinkedQueue<>());
			refused.computeIfAbsent(editor.sheet(), id -> new ConcurrentLinkedQueue<>());
		}
		CountDownLatch signedIn = new CountDownLatch(editors.size());
		CountDownLatch go = new CountDownLatch(1);
		// Java 17 has no virtual threads: one platform thread per person, blocked on the server most of the time
		ExecutorService pool = Executors.newFixedThreadPool(editors.size());
		List<Future<?>> people = new ArrayList<>();
		long signInStart = System.nanoTime();
		for (Editor editor : editors) {
			people.add(pool.submit(() -> {
				BenchBrowser browser = new BenchBrowser(http, port);
				try {
					browser.signIn(editor.username(), password);
				}
				finally {
					signedIn.countDown();
				}
				go.await();
				edit(browser, editor);
				return null;
			}));
		}
		signedIn.await();
		double signInSeconds = (System.nanoTime() - signInStart) / 1e9;
		measuredFrom = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
		deadline = measuredFrom + seconds * 1_000_000_000L;
		go.countDown();
		try {
			for (Future<?> person : people) {
				person.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		// the edits begun before the deadline are waited for, so the measured time runs until the last one ended
		double elapsed = (System.nanoTime() - measuredFrom) / 1e9;
		return new Outcome(signInSeconds, elapsed, saves, opens, acknowledged, refused, conflicts.get(),
				serverErrors.get(), retries.get(), abandoned.get());
	}

	/** One person until the deadline: open, append a marker, save; again from a fresh page after a refusal. */
	private void edit(BenchBrowser browser, Editor editor) throws IOException, InterruptedException {
		String path = "/sheets/" + editor.sheet() + "/edit/basics";
		int attempt = 0;
		while (System.nanoTime() < deadline) {
			while (true) {
				attempt++;
				boolean counted = System.nanoTime() >= measuredFrom;
				BenchBrowser.Page open = browser.get(path);
				if (open.status() != 200) {
					throw new IllegalStateException(path + " answered " + open.status() + " to " + editor.username());
				}
				Map<String, String> form = BenchBrowser.form(open, "/edit/basics");
				int base = Integer.parseInt(form.get("baseVersion"));
				String marker = "[u" + editor.number() + "-n" + attempt + "]";
				form.put("missions", append(form.get("missions"), editor.number(), marker));
				BenchBrowser.Page saved = browser.post(path, form);
				if (counted) {
					opens.add(open.nanos());
				}
				if (saved.status() == 302 || saved.status() == 303) {
					acknowledged.get(editor.sheet()).add(new LostUpdates.Save(marker, base));
					if (counted) {
						saves.add(saved.nanos());
					}
					break;
				}
				if (saved.status() != 409 && saved.status() != 500) {
					throw new IllegalStateException("saving " + path + " answered " + saved.status() + " to "
							+ editor.username());
				}
				refused.get(editor.sheet()).add(marker);
				if (counted) {
					// a 500 is a save that lost the race for the sheet's row: see docs/benchmarks.md (nothing written)
					(saved.status() == 409 ? conflicts : serverErrors).incrementAndGet();
				}
				if (System.nanoTime() >= deadline) {
					abandoned.incrementAndGet();
					break;
				}
				if (counted) {
					retries.incrementAndGet();
				}
			}
		}
	}

	/** The 使命 lines with the marker at the end of one of them (each person keeps to one line). */
	static String append(String missions, int person, String marker) {
		String[] lines = missions.split("\\R", -1);
		List<Integer> filled = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				filled.add(i);
			}
		}
		if (filled.isEmpty()) {
			return marker;
		}
		int line = filled.get(person % filled.size());
		lines[line] = lines[line].stripTrailing() + marker;
		return String.join("\n", lines);
	}
}
