package dev.lectern.reader;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets readers who have not come back for longer than their cookie lives: the server
 * keeps a reader exactly as long as the browser can still name them. Every instance runs it;
 * the deletes do not conflict.
 */
@Component
class ReaderCleanup {

	private static final Logger log = LoggerFactory.getLogger(ReaderCleanup.class);

	/** The cookie's year, and a day for the renewal's resolution. */
	static final Duration KEPT_FOR = ReaderCookie.MAX_AGE.plus(ReaderSession.TOUCH_RESOLUTION);

	private final ReaderStore store;

	private final Clock clock;

	ReaderCleanup(ReaderStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
	void forgetReadersGoneForAYear() {
		int deleted = this.store.deleteNotSeenSince(this.clock.instant().minus(KEPT_FOR));
		if (deleted > 0) {
			log.info("Forgot {} readers not seen for {} days", deleted, KEPT_FOR.toDays());
		}
	}

}
