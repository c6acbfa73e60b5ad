package org.mokuhyo.cli;

/**
 * The command line is right but its input is not (exit status 1, with this one-line message).
 */
class InputException extends Exception {

	InputException(String message) {
		super(message);
	}
}
