package org.mokuhyo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A verb as a user runs it: the application's main class (or the benchmarks') in a separate {@code java} process
 * (the test class path), its exit status, stdout and stderr. The end-to-end check of each verb family; the verbs'
 * other tests run in-process ({@link VerbRun}).
 */
public record JarRun(int exit, String out, String err) {

	/** The options that point the process at the test's PostgreSQL. */
	public static List<String> database(DataSource dataSource) {
		return List.of("-Dspring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
				"-Dspring.datasource.username=postgres");
	}

	public static JarRun of(Path dir, List<String> jvmOptions, List<String> args)
			throws IOException, InterruptedException {
		return of(dir, jvmOptions, args, Map.of(), "", Duration.ofMinutes(3));
	}

	/**
	 * Runs it in {@code dir} (also its temporary directory) with extra environment variables and the given standard
	 * input (no console); the administrator's password variable of the test's own environment is never passed on.
	 */
	public static JarRun of(Path dir, List<String> jvmOptions, List<String> args, Map<String, String> environment,
			String stdin, Duration timeout) throws IOException, InterruptedException {
		return of("org.mokuhyo.MokuhyoApplication", dir, jvmOptions, args, environment, stdin, timeout);
	}

	/** A benchmark as the README's command runs it: the benchmarks' main class (src/bench) on the test class path. */
	public static JarRun bench(Path dir, List<String> args, Duration timeout) throws IOException, InterruptedException {
		return of("org.mokuhyo.cli.Benchmarks", dir, List.of(), args, Map.of(), "", timeout);
	}

	/**
	 * The {@code java} command that runs {@code mainClass} on the test class path in {@code dir} (also its temporary
	 * directory): for the verbs here and the servers of other tests.
	 */
	public static List<String> command(String mainClass, Path dir, List<String> jvmOptions, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Djava.io.tmpdir=" + dir);
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
		command.add(mainClass);
		command.addAll(args);
		return command;
	}

	private static JarRun of(String mainClass, Path dir, List<String> jvmOptions, List<String> args,
			Map<String, String> environment, String stdin, Duration timeout) throws IOException, InterruptedException {
		List<String> command = command(mainClass, dir, jvmOptions, args);
		Path out = Files.createTempFile(dir, "out", ".txt");
		Path err = Files.createTempFile(dir, "err", ".txt");
		Path in = Files.writeString(Files.createTempFile(dir, "in", ".txt"), stdin, StandardCharsets.UTF_8);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("MOKUHYO_ADMIN_PASSWORD");
		builder.environment().putAll(environment);
		Process process = builder.directory(dir.toFile())
			.redirectInput(in.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("timed out: " + args);
		}
		return new JarRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}
}
