package org.mokuhyo.opendata;

import java.io.OutputStream;

/** Counts the bytes written to it and keeps none: a file's size without the file, or a benchmark's sink. */
public final class CountingStream extends OutputStream {

	private long count;

	@Override
	public void write(int b) {
		count++;
	}

	@Override
	public void write(byte[] b, int off, int len) {
		count += len;
	}

	public long count() {
		return count;
	}
}
