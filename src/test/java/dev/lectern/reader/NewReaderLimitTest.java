package dev.lectern.reader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewReaderLimitTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:15Z"));

	private final NewReaderLimit limit = new NewReaderLimit(3, this.clock);

	@Test
	void anAddressMakesItsLimitOfReadersAMinuteAndNoMore() {
		assertThat(this.limit.allow("10.0.0.1")).isTrue();
		assertThat(this.limit.allow("10.0.0.1")).isTrue();
		assertThat(this.limit.allow("10.0.0.1")).isTrue();
		assertThat(this.limit.allow("10.0.0.1")).isFalse();
		assertThat(this.limit.retryAfterSeconds()).isEqualTo(45);
		assertThat(this.limit.allow("10.0.0.2")).as("another address").isTrue();
	}

	@Test
	void theNextMinuteStartsAfresh() {
		for (int i = 0; i < 3; i++) {
			this.limit.allow("10.0.0.1");
		}
		assertThat(this.limit.allow("10.0.0.1")).isFalse();
		this.clock.now = this.clock.now.plus(Duration.ofSeconds(45));
		assertThat(this.limit.allow("10.0.0.1")).isTrue();
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
