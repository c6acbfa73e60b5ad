package org.mokuhyo.bulk;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The runs of bulk imports in this process. A run's id ({@code host/pid/process/n}) names where it runs, so a look
 * from the same machine knows at once when that process has ended (it crashed, or was killed), without waiting
 * for its heartbeat to grow stale; a run of another machine is judged by its heartbeat alone. Which runs are
 * active is inherently this process's to know: the heartbeat tells the others.
 */
final class Runners {

	private final String host = host();


	private final long pid = ProcessHandle.current().pid();

	/** This process among those that had the same pid before (a restart may get the same one). */
	private final String process = UUID.randomUUID().toString().substring(0, 8);

	private final AtomicLong runs = new AtomicLong();

	private final Set<String> active = ConcurrentHashMap.newKeySet();

	/** A new run's id, active until {@link #stopped}. */
	String start() {
		String id = host + "/" + pid + "/" + process + "/" + runs.incrementAndGet();
		active.add(id);
		return id;
	}

	void stopped(String runner) {
		active.remove(runner);
	}

	Set<String> active() {
		return Set.copyOf(active);
	}

	/**
	 * Whether that run surely no longer runs: one of this process no longer active, or one of another process of
	 * this machine that has ended. Unknown (another machine, another form of id): false, the heartbeat decides.
	 */
	boolean gone(String runner) {
		String[] parts = runner.split("/");
		if (parts.length != 4 || !parts[0].equals(host)) {
			return false;
		}
		long itsPid;
		try {
			itsPid = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (itsPid == pid) {
			return !parts[2].equals(process) || !active.contains(runner);
		}
		return ProcessHandle.of(itsPid).map(process -> !process.isAlive()).orElse(true);
	}

	/** This machine's name as run ids carry it. */
	static String host() {
		try {
			return InetAddress.getLocalHost().getHostName().replace('/', '_');
		}
		catch (UnknownHostException ex) {
			return "unnamed-" + UUID.randomUUID(); // never taken for another machine's
		}
	}
}
