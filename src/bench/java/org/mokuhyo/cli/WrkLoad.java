package org.mokuhyo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Random reads driven by wrk (Debian package {@code wrk}), a load generator in C outside the server's JVM: the
 * figures then measure the server, not a Java client sharing its two cores and its garbage collector.
 */
final class WrkLoad {

	/** What wrk measured: latencies in microseconds. */
	record Result(long requests, long durationMicros, long p50, long p99, long max, long errors, long non2xx) {
	}

	private WrkLoad() {
	}

	/** Whether {@code wrk} is on the PATH. */
	static boolean available() {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, "wrk")));
	}

	static String version() {
		try {
			Process p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
			String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
				.findFirst()
				.orElse("wrk");
			p.waitFor(5, TimeUnit.SECONDS);
			return first.replaceAll("\\s*\\[.*$", "").strip();
		}
		catch (IOException ex) {
			return "wrk";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "wrk";
		}
	}

	/** {@code connections} keep-alive connections on {@code threads} threads, for {@code seconds}. */
	static Result run(int port, UUID[] ids, String pathPrefix, int connections, int threads, int seconds)
			throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("mokuhyo-wrk");
		try {
			Path script = dir.resolve("random-reads.lua");
			try (InputStream in = WrkLoad.class.getResourceAsStream("/bench/random-reads.lua")) {
				Files.write(script, in.readAllBytes());
			}
			Path idFile = dir.resolve("ids.txt");
			Files.write(idFile, Stream.of(ids).map(UUID::toString).toList());
			List<String> command = List.of("wrk", "-t" + Math.min(threads, connections), "-c" + connections,
					"-d" + seconds + "s", "--timeout", "10s", "-s", script.toString(), "http://127.0.0.1:" + port, "--",
					idFile.toString(), pathPrefix);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IOException("wrk failed: " + output);
			}
			String line = output.lines()
				.filter(l -> l.startsWith("RESULT "))
				.findFirst()
				.orElseThrow(() -> new IOException("no result from wrk: " + output));
			String[] f = line.split(" ");
			return new Result(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
					Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]));
		}
		finally {
			try (Stream<Path> files = Files.list(dir)) {
				for (Path f : files.toList()) {
					Files.deleteIfExists(f);
				}
			}
			Files.deleteIfExists(dir);
		}
	}
}
