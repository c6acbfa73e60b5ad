package org.mokuhyo.bulk;

/** A bulk import that another runner runs now (its heartbeat is fresh): it is not run twice at once. */
public class ResumeRefusedException extends RuntimeException {

	ResumeRefusedException(String message) {
		super(message);
	}

	/** RUNNING: the only reason so far. */
	public String code() {
		return "RUNNING";
	}
}
