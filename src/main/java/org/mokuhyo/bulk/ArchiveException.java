package org.mokuhyo.bulk;

/** An archive that cannot be read as a whole (not a zip, no file in it, too many files): nothing is started. */
public class ArchiveException extends RuntimeException {

	private final String code;

	ArchiveException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
