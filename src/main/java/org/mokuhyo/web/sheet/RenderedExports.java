package org.mokuhyo.web.sheet;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * A sheet version's Excel and PDF files, kept after they were made: a version never changes, so the file of
 * (format, sheet, version) is the same for everyone who may read that version, and the most asked ones (a newly
 * published sheet linked from the city's site) are made once. The oldest read go first beyond {@link #BUDGET} bytes.
 * The ETag names the same triple, so a client that has the file gets a 304 without it being made or sent.
 */
@Component
class RenderedExports {

	/** Some tens of files (a PDF with its font subset is 100–300 KB, a workbook some tens). */
	static final long BUDGET = 16L * 1024 * 1024;

	private final Map<String, byte[]> files = new LinkedHashMap<>(32, 0.75f, true);

	private long bytes;

	static String etag(String format, UUID sheet, Integer version) {
		return "\"" + format + "-" + sheet + "-" + version + "\"";
	}

	/** The file, made by {@code make} when not kept (outside the lock: two first requests may both make it). */
	byte[] file(String format, UUID sheet, Integer version, Supplier<byte[]> make) {
		String key = format + "/" + sheet + "/" + version;
		synchronized (this) {
			byte[] kept = files.get(key);
			if (kept != null) {
				return kept;
			}
		}
		byte[] made = make.get();
		synchronized (this) {
			if (files.put(key, made) == null) {
				bytes += made.length;
			}
			for (Iterator<byte[]> oldest = files.values().iterator(); bytes > BUDGET && oldest.hasNext();) {
				bytes -= oldest.next().length;
				oldest.remove();
			}
		}
		return made;
	}
}
