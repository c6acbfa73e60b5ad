package org.mokuhyo;

import org.mokuhyo.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two faces: with a command-line verb as first argument it runs that verb (no web server) and exits with
 * its status; without one it serves the web application.
 */
@SpringBootApplication
public class MokuhyoApplication {

	public static void main(String[] args) {
		if (CommandLine.isVerb(args)) {
			System.exit(CommandLine.run(MokuhyoApplication.class, args));
		}
		SpringApplication.run(MokuhyoApplication.class, args);
	}
}
