package dev.lectern.reader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything stored about one reader, for the reader to take away: per lesson (keyed
 * {@code track/lesson}) the last save, the current quiz attempt, every visited section with
 * when, and every answer of every attempt.
 */
public record ReaderData(String id, Instant createdAt, Instant lastSeenAt, List<Lesson> lessons) {

	public record Lesson(String lesson, Instant lastSync, int currentAttempt, List<Visit> visits,
			List<Answer> answers) {
	}

	public record Visit(String section, Instant visitedAt) {
	}

	public record Answer(int attempt, int question, String letter, Instant answeredAt) {
	}

	static final class Builder {

		private final String lesson;

		Instant lastSync;

		int currentAttempt = 1;

		final List<Visit> visits = new ArrayList<>();

		final List<Answer> answers = new ArrayList<>();

		Builder(String lesson) {
			this.lesson = lesson;
		}

		Lesson build() {
			return new Lesson(this.lesson, this.lastSync, this.currentAttempt, List.copyOf(this.visits),
					List.copyOf(this.answers));
		}

	}

}
