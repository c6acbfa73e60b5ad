package org.mokuhyo.cli;

/**
 * The command line itself is wrong (exit status 2, with the usage text).
 */
class UsageException extends Exception {

	UsageException(String message) {
		super(message);
	}
}
