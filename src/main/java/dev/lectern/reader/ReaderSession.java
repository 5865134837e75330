package dev.lectern.reader;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * One reader's state, per lesson: the sections they have visited, their quiz answers and
 * when the server last saved their progress. It lives in the HTTP session, which Spring
 * Session keeps in the database, so it survives restarts and is shared by every instance.
 * Lessons are keyed by their path ({@code track/lesson}).
 */
@Component
@SessionScope
public class ReaderSession implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Map<String, LessonState> lessons = new HashMap<>();

	public synchronized Set<String> visitedSections(String lessonKey) {
		return state(lessonKey).map(state -> Set.copyOf(state.visited)).orElse(Set.of());
	}

	public synchronized Optional<Instant> lastSync(String lessonKey) {
		return state(lessonKey).map(state -> state.lastSync);
	}

	/** Records visits and stamps the save time, even when every anchor was known already. */
	public synchronized void visit(String lessonKey, Collection<String> anchors, Instant savedAt) {
		LessonState state = this.lessons.computeIfAbsent(lessonKey, key -> new LessonState());
		state.visited.addAll(anchors);
		state.lastSync = savedAt;
	}

	public synchronized void resetProgress(String lessonKey) {
		state(lessonKey).ifPresent(state -> {
			state.visited.clear();
			state.lastSync = null;
		});
	}

	public synchronized Map<Integer, String> answers(String lessonKey) {
		return state(lessonKey).map(state -> Map.copyOf(state.answers)).orElse(Map.of());
	}

	/**
	 * Records an answer unless the question was answered already.
	 * @return whether the answer was recorded
	 */
	public synchronized boolean answer(String lessonKey, int question, String letter) {
		LessonState state = this.lessons.computeIfAbsent(lessonKey, key -> new LessonState());
		return state.answers.putIfAbsent(question, letter) == null;
	}

	public synchronized void resetQuiz(String lessonKey) {
		state(lessonKey).ifPresent(state -> state.answers.clear());
	}

	private Optional<LessonState> state(String lessonKey) {
		return Optional.ofNullable(this.lessons.get(lessonKey));
	}

	private static final class LessonState implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		private final Set<String> visited = new LinkedHashSet<>();

		private final Map<Integer, String> answers = new TreeMap<>();

		private Instant lastSync;

	}

}
