package org.mokuhyo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless as a real client of the exported files ({@code soffice}, Debian package libreoffice-calc). Each
 * run gets its own profile and HOME, so runs do not share (or lock) one. Missing LibreOffice fails the test: CI
 * installs it (.ci/run).
 */
public final class LibreOffice {

	private LibreOffice() {
	}

	public static Path soffice() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			Path candidate = Path.of(dir, "soffice");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		throw new AssertionError("soffice が見つかりません: sudo apt-get install -y libreoffice-calc");
	}

	/**
	 * Converts the file with the filter (e.g. {@code csv:Text - txt - csv (StarCalc):44,34,76}, {@code xlsx},
	 * {@code pdf}) into {@code work/out} and returns the converted file.
	 */
	public static Path convert(Path input, String filter, String extension, Path work) throws IOException, InterruptedException {
		Path out = Files.createDirectories(work.resolve("out"));
		Path home = Files.createDirectories(work.resolve("home"));
		ProcessBuilder builder = new ProcessBuilder(List.of(soffice().toString(),
				"-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--norestore",
				"--convert-to", filter, "--outdir", out.toString(), input.toString()));
		builder.environment().put("HOME", home.toString());
		Process process = builder.redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
		if (!process.waitFor(4, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("soffice did not finish in 4 minutes");
		}
		String name = input.getFileName().toString();
		Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
		assertThat(converted).as("soffice output (exit %d): %s", process.exitValue(),
				Files.readString(work.resolve("soffice.log"))).exists();
		return converted;
	}
}
