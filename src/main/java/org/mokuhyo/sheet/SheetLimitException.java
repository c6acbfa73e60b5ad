package org.mokuhyo.sheet;

/**
 * A save of a sheet over {@link SheetLimits}: nothing was stored. The code is {@link SheetLimits#TOO_COMPLEX} or
 * {@link SheetLimits#TOO_LONG}, the message says which part, in Japanese.
 */
public class SheetLimitException extends RuntimeException {

	private final String code;

	public SheetLimitException(SheetLimits.Excess excess) {
		super(excess.message());
		this.code = excess.code();
	}

	public String code() {
		return code;
	}
}
