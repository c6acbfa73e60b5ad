package org.mokuhyo.importer;

/**
 * Every import slot of this server is taken ({@link ImportSlots}): nothing was read or stored; the same file may be
 * sent again after {@link #retryAfterSeconds()}.
 */
public class ImportBusyException extends ImportRejectedException {

	private final long retryAfterSeconds;

	ImportBusyException(long retryAfterSeconds) {
		super("BUSY", "取込みが混み合っています。" + retryAfterSeconds + " 秒ほど待ってから、もう一度取り込んでください。");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
