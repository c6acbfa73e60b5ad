package org.mokuhyo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.cli.JarRun;

/**
 * The application as a server in a {@code java} process of its own (the test class path), for tests that need what
 * only a separate process has: a heap of a stated size, a process to kill. Closing it kills the process.
 */
public final class ServerProcess implements AutoCloseable {

	private static final Pattern FULL_GC = Pattern.compile("Pause Full .*? (\\d+)M->(\\d+)M");

	private final Process process;

	private final int port;

	private final Path log;

	private final Path gcLog;

	private ServerProcess(Process process, int port, Path log, Path gcLog) {
		this.process = process;
		this.port = port;
		this.log = log;
		this.gcLog = gcLog;
	}

	/** Starts the server in {@code dir} on a free port and waits until it answers (at most three minutes). */
	public static ServerProcess start(Path dir, List<String> jvmOptions) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = dir.resolve("server.log");
		Path gcLog = dir.resolve("gc.log");
		List<String> options = new ArrayList<>(jvmOptions);
		options.add("-Xlog:gc:file=" + gcLog);
		List<String> command = JarRun.command("org.mokuhyo.MokuhyoApplication", dir, options,
				List.of("--server.port=" + port));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("MOKUHYO_ADMIN_PASSWORD");
		ServerProcess server = new ServerProcess(builder.start(), port, log, gcLog);
		server.awaitAnswer(Duration.ofMinutes(3));
		return server;
	}

	private void awaitAnswer(Duration timeout) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the server exited " + process.exitValue() + ":\n" + log());
			}
			try {
				http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
						HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(500);
			}
		}
		close();
		throw new IllegalStateException("the server did not answer in " + timeout + ":\n" + log());
	}

	public int port() {
		return port;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** What the server printed so far. */
	public String log() throws IOException {
		return Files.readString(log, StandardCharsets.UTF_8);
	}

	/**
	 * A full GC of the server's heap now (jcmd GC.run), and the heap it left in use, in MB, from the server's GC log.
	 */
	public long heapAfterFullGc() throws IOException, InterruptedException {
		int before = fullGcs().size();
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(process.pid()), "GC.run")
			.redirectErrorStream(true)
			.start();
		jcmd.getInputStream().readAllBytes();
		jcmd.waitFor();
		for (int i = 0; i < 100; i++) {
			List<Long> gcs = fullGcs();
			if (gcs.size() > before) {
				return gcs.get(gcs.size() - 1);
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("no full GC in the server's log:\n" + Files.readString(gcLog));
	}

	private List<Long> fullGcs() throws IOException {
		List<Long> after = new ArrayList<>();
		if (Files.exists(gcLog)) {
			Matcher m = FULL_GC.matcher(Files.readString(gcLog, StandardCharsets.UTF_8));
			while (m.find()) {
				after.add(Long.parseLong(m.group(2)));
			}
		}
		return after;
	}

	@Override
	public void close() {
		process.destroyForcibly();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
