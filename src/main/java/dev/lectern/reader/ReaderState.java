package dev.lectern.reader;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One reader's rows as loaded for one request, kept up to date with what the request saves. */
final class ReaderState {

	final String id;

	Instant lastSeen;

	private final Map<String, Lesson> lessons = new HashMap<>();

	ReaderState(String id) {
		this.id = id;
	}

	Lesson lesson(String lessonKey) {
		return this.lessons.computeIfAbsent(lessonKey, key -> new Lesson());
	}

	Lesson lessonOrEmpty(String lessonKey) {
		Lesson lesson = this.lessons.get(lessonKey);
		return (lesson != null) ? lesson : Lesson.EMPTY;
	}

	static final class Lesson {

		static final Lesson EMPTY = new Lesson();

		final Set<String> visited = new LinkedHashSet<>();

		/** The current attempt's answers by question number. */
		final Map<Integer, String> answers = new TreeMap<>();

		Instant lastSync;

		int attempt = 1;

	}

}
