package dev.lectern.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LastSyncTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** 24 Nov 2026, 15:00 in Berlin. */
	private final Instant now = ZonedDateTime.of(2026, 11, 24, 15, 0, 0, 0, ZONE).toInstant();

	@Test
	void neverSaved() {
		assertThat(LastSync.describe(null, this.now, ZONE)).isEqualTo("Not yet");
	}

	@Test
	void withinAMinuteIsJustNow() {
		assertThat(describe(Duration.ZERO)).isEqualTo("just now");
		assertThat(describe(Duration.ofSeconds(59))).isEqualTo("just now");
		// a clock that moved backwards still reads sensibly
		assertThat(LastSync.describe(this.now.plusSeconds(5), this.now, ZONE)).isEqualTo("just now");
	}

	@Test
	void minutesUpToAnHour() {
		assertThat(describe(Duration.ofSeconds(60))).isEqualTo("1 minute ago");
		assertThat(describe(Duration.ofMinutes(2))).isEqualTo("2 minutes ago");
		assertThat(describe(Duration.ofMinutes(59).plusSeconds(59))).isEqualTo("59 minutes ago");
	}

	@Test
	void sameDayAfterAnHourIsToday() {
		assertThat(describe(Duration.ofMinutes(60))).isEqualTo("Today");
		assertThat(describe(Duration.ofHours(15))).isEqualTo("Today");
	}

	@Test
	void thePreviousCalendarDayIsYesterday() {
		assertThat(describe(Duration.ofHours(15).plusSeconds(1))).isEqualTo("Yesterday");
		assertThat(describe(Duration.ofHours(39))).isEqualTo("Yesterday");
	}

	@Test
	void olderSavesShowTheDate() {
		assertThat(describe(Duration.ofHours(39).plusSeconds(1))).isEqualTo("22 Nov 2026");
		assertThat(describe(Duration.ofDays(400))).isEqualTo("20 Oct 2025");
	}

	@Test
	void justAfterMidnightRecentSavesStillCountInMinutes() {
		Instant earlyMorning = ZonedDateTime.of(2026, 11, 24, 0, 10, 0, 0, ZONE).toInstant();
		Instant lateLastNight = earlyMorning.minus(Duration.ofMinutes(20));
		assertThat(LastSync.describe(lateLastNight, earlyMorning, ZONE)).isEqualTo("20 minutes ago");
		assertThat(LastSync.describe(earlyMorning.minus(Duration.ofMinutes(70)), earlyMorning, ZONE))
			.isEqualTo("Yesterday");
	}

	private String describe(Duration age) {
		return LastSync.describe(this.now.minus(age), this.now, ZONE);
	}

}
