package dev.lectern.reader;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many new readers one client address may make a minute. A reader is a row, so without a
 * bound a script could fill the disk one save at a time; a classroom behind one NAT makes
 * its thirty readers in a minute at most, well under the default of 120. Counted per
 * instance, in fixed one-minute windows.
 */
@Component
class NewReaderLimit {

	static final Duration WINDOW = Duration.ofMinutes(1);

	/** More addresses than this in one window: the map is cleared rather than grown. */
	private static final int MAX_ADDRESSES = 100_000;

	private final int perMinute;

	private final Clock clock;

	private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private volatile long window;

	NewReaderLimit(@Value("${lectern.readers.new-per-minute:120}") int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** Counts a new reader from this address; false when the address is over its limit. */
	boolean allow(String address) {
		long now = this.clock.millis() / WINDOW.toMillis();
		if (now != this.window || this.counts.size() > MAX_ADDRESSES) {
			synchronized (this) {
				if (now != this.window || this.counts.size() > MAX_ADDRESSES) {
					this.counts.clear();
					this.window = now;
				}
			}
		}
		return this.counts.computeIfAbsent(address, key -> new AtomicInteger()).incrementAndGet() <= this.perMinute;
	}

	/** Seconds until the current window ends. */
	long retryAfterSeconds() {
		long windowMillis = WINDOW.toMillis();
		return Math.max(1, (windowMillis - this.clock.millis() % windowMillis + 999) / 1000);
	}

}
