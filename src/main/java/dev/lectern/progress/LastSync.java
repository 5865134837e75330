package dev.lectern.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "Last Sync" in words: when the server last saved a reader's progress in a lesson. */
public final class LastSync {

	public static final String NEVER = "Not yet";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private LastSync() {
	}

	public static String describe(Instant savedAt, Instant now, ZoneId zone) {
		if (savedAt == null) {
			return NEVER;
		}
		Duration age = Duration.between(savedAt, now);
		if (age.toSeconds() < 60) {
			return "just now";
		}
		if (age.toMinutes() < 60) {
			long minutes = age.toMinutes();
			return (minutes == 1) ? "1 minute ago" : minutes + " minutes ago";
		}
		LocalDate day = savedAt.atZone(zone).toLocalDate();
		LocalDate today = now.atZone(zone).toLocalDate();
		if (day.equals(today)) {
			return "Today";
		}
		if (day.equals(today.minusDays(1))) {
			return "Yesterday";
		}
		return DATE.format(day);
	}

}
