package org.mokuhyo.platform;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Rendered responses (page HTML, JSON) of one version of one document. A version never changes once written, so an
 * entry is valid for as long as that version is the current one; callers look the current version up (one cheap
 * query) and ask for that. Least recently used entries go first once the byte budget is spent.
 */
public final class VersionedCache {

	private final long maxBytes;

	private long bytes;

	private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);

	public VersionedCache(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** A cache allowed 1/{@code divisor} of the JVM's maximum heap: sized with the machine, no setting needed. */
	public static VersionedCache ofHeapShare(int divisor) {
		return new VersionedCache(Runtime.getRuntime().maxMemory() / divisor);
	}

	private record Key(UUID id, int version, String variant) {
	}

	public synchronized Optional<byte[]> get(UUID id, int version, String variant) {
		return Optional.ofNullable(entries.get(new Key(id, version, variant)));
	}

	public synchronized void put(UUID id, int version, String variant, byte[] content) {
		if (content.length > maxBytes / 4) {
			return; // one huge entry would push out everything else
		}
		byte[] previous = entries.put(new Key(id, version, variant), content);
		bytes += content.length - (previous == null ? 0 : previous.length);
		Iterator<Map.Entry<Key, byte[]>> eldest = entries.entrySet().iterator();
		while (bytes > maxBytes && eldest.hasNext()) {
			bytes -= eldest.next().getValue().length;
			eldest.remove();
		}
	}

	public synchronized long size() {
		return bytes;
	}
}
