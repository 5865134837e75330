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

import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.stereotype.Component;

/**
 * One reader's state, per lesson: the sections they have visited, their quiz answers and
 * when the server last saved their progress. It lives in the HTTP session, which Spring
 * Session keeps in the database, so it survives restarts and is shared by every instance.
 * Lessons are keyed by their path ({@code track/lesson}).
 *
 * <p>Its scope is the HTTP session ({@link ReaderScope}); every method that changes the
 * state says so ({@link ReaderScope#changed}), and only then is it written back to the
 * session store. Reading it writes nothing.
 */
@Component
@Scope(scopeName = ReaderScope.NAME, proxyMode = ScopedProxyMode.TARGET_CLASS)
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
		ReaderScope.changed(this);
	}

	public synchronized void resetProgress(String lessonKey) {
		state(lessonKey).ifPresent(state -> {
			state.visited.clear();
			state.lastSync = null;
			ReaderScope.changed(this);
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
		boolean recorded = state.answers.putIfAbsent(question, letter) == null;
		if (recorded) {
			ReaderScope.changed(this);
		}
		return recorded;
	}

	public synchronized void resetQuiz(String lessonKey) {
		state(lessonKey).ifPresent(state -> {
			state.answers.clear();
			ReaderScope.changed(this);
		});
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
