package org.mokuhyo.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code mokuhyo.api.token-rate-limit} requests a minute per API token (default 60): a token bucket that
 * holds a minute's worth and refills evenly, so a burst of a minute's requests passes and then one a
 * {@code 60/limit} seconds. In memory: one application process serves the API.
 */
@Component
class TokenRateLimiter {

	private final int perMinute;

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	TokenRateLimiter(@Value("${mokuhyo.api.token-rate-limit:60}") int perMinute) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("mokuhyo.api.token-rate-limit must be at least 1");
		}
		this.perMinute = perMinute;
	}

	int perMinute() {
		return perMinute;
	}

	/** 0 when the request may go ahead (and is counted), else the seconds to wait before the next one would. */
	long acquire(long tokenId) {
		return buckets.computeIfAbsent(tokenId, id -> new Bucket(perMinute)).take(System.nanoTime());
	}

	private static final class Bucket {

		private final double capacity;

		private final double perNano;

		private double available;

		private long last;

		Bucket(int perMinute) {
			this.capacity = perMinute;
			this.perNano = perMinute / 60e9;
			this.available = perMinute;
			this.last = System.nanoTime();
		}

		synchronized long take(long now) {
			available = Math.min(capacity, available + (now - last) * perNano);
			last = now;
			if (available >= 1) {
				available -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - available) / perNano / 1e9));
		}
	}
}
