package org.mokuhyo.workflow;

/**
 * Who takes a step, as the record keeps them: the account id (null for the command line) and the name shown then.
 */
public record Actor(Long userId, String name) {

	/** The command line of the server's machine: whoever runs it has the database anyway. */
	public static Actor commandLine() {
		return new Actor(null, "コマンドライン");
	}
}
