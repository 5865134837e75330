package dev.lectern.account;

import java.time.Instant;
import java.util.List;

import dev.lectern.reader.ReaderData;

/**
 * "Download my data": the account and everything its reader's rows hold, as JSON. Times
 * are ISO-8601 instants in UTC; lessons are named {@code track/lesson}, sections by anchor.
 */
record DataExport(String exportedAt, AccountPart account, List<LessonPart> lessons) {

	record AccountPart(String username, String createdAt, String readerId, String readerCreatedAt,
			String lastSeenAt) {
	}

	record LessonPart(String lesson, String lastSync, int currentAttempt, List<VisitPart> visitedSections,
			List<AnswerPart> answers) {
	}

	record VisitPart(String section, String visitedAt) {
	}

	record AnswerPart(int attempt, int question, String answer, String answeredAt) {
	}

	static DataExport of(Account account, ReaderData reader, Instant now) {
		return new DataExport(text(now),
				new AccountPart(account.username(), text(account.createdAt()), reader.id(), text(reader.createdAt()),
						text(reader.lastSeenAt())),
				reader.lessons()
					.stream()
					.map(lesson -> new LessonPart(lesson.lesson(), text(lesson.lastSync()), lesson.currentAttempt(),
							lesson.visits().stream().map(v -> new VisitPart(v.section(), text(v.visitedAt()))).toList(),
							lesson.answers()
								.stream()
								.map(a -> new AnswerPart(a.attempt(), a.question(), a.letter(), text(a.answeredAt())))
								.toList()))
					.toList());
	}

	private static String text(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
