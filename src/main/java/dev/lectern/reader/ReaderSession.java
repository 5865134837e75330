package dev.lectern.reader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * This reader, as the features see them: the sections they visited, when their progress was
 * last saved, and their answers in the current quiz attempt, per lesson (keyed
 * {@code track/lesson}). The one place a controller records a visit or an answer.
 *
 * <p>Who the reader is comes from the request: the id an account's sign-in put in the HTTP
 * session (a plain string), else the reader cookie. What they did lives in rows of their own
 * ({@link ReaderStore}), loaded once per request with one statement and kept, for the rest
 * of that request, in a request attribute: nothing of it is ever stored in the session. (A
 * session-scoped bean would make a session on every GET; a request-scoped one cost the
 * making of a bean on every page view, 6% of the lesson page's CPU in the benchmark's
 * profile. So this bean is a singleton, and what is per request lives in the request.) A
 * visitor who only reads gets no row, no cookie and no session; the first save makes the
 * reader.
 */
@Component
public class ReaderSession {

	/** The session attribute that holds a signed-in reader's id, a plain string. */
	public static final String SESSION_READER_ID = "lectern.readerId";

	/** A reader seen within this long is not stamped again (nor its cookie renewed). */
	static final Duration TOUCH_RESOLUTION = Duration.ofDays(1);

	private final ReaderStore store;

	private final NewReaderLimit limit;

	private final Clock clock;

	ReaderSession(ReaderStore store, NewReaderLimit limit, Clock clock) {
		this.store = store;
		this.limit = limit;
		this.clock = clock;
	}

	/** This request's reader: who they are and their rows, once loaded. */
	private static final class Current {

		private static final String ATTRIBUTE = ReaderSession.class.getName() + ".current";

		final HttpServletRequest request;

		final HttpServletResponse response;

		ReaderState state;

		boolean loaded;

		private Current(HttpServletRequest request, HttpServletResponse response) {
			this.request = request;
			this.response = response;
		}

		static Current of() {
			ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder
				.currentRequestAttributes();
			HttpServletRequest request = attributes.getRequest();
			if (request.getAttribute(ATTRIBUTE) instanceof Current current) {
				return current;
			}
			Current current = new Current(request, attributes.getResponse());
			request.setAttribute(ATTRIBUTE, current);
			return current;
		}

	}

	public Set<String> visitedSections(String lessonKey) {
		return state().map(state -> Set.copyOf(state.lessonOrEmpty(lessonKey).visited)).orElse(Set.of());
	}

	public Optional<Instant> lastSync(String lessonKey) {
		return state().map(state -> state.lessonOrEmpty(lessonKey).lastSync);
	}

	/** The answers of the current attempt, by question number. */
	public Map<Integer, String> answers(String lessonKey) {
		return state().map(state -> Map.copyOf(state.lessonOrEmpty(lessonKey).answers)).orElse(Map.of());
	}

	/**
	 * Whether this browser has loaded a Lectern page before (it holds a cookie one set): a
	 * link followed by a crawler or a link preview has not, and records nothing.
	 */
	public boolean browserKnown() {
		HttpServletRequest request = Current.of().request;
		return signedInReaderId(request) != null || ReaderCookie.browserKnown(request);
	}

	/** The reader's id when they have one (made by an earlier save), without making one. */
	public Optional<String> id() {
		return state().map(state -> state.id);
	}

	/** Records visits and stamps the save time, even when every anchor was known already. */
	public void visit(String lessonKey, Collection<String> anchors, Instant savedAt) {
		ReaderState reader = orCreate(savedAt);
		this.store.visit(reader.id, lessonKey, anchors, savedAt);
		ReaderState.Lesson lesson = reader.lesson(lessonKey);
		lesson.visited.addAll(anchors);
		lesson.lastSync = savedAt;
	}

	public void resetProgress(String lessonKey) {
		state().ifPresent(reader -> {
			this.store.resetProgress(reader.id, lessonKey);
			ReaderState.Lesson lesson = reader.lesson(lessonKey);
			lesson.visited.clear();
			lesson.lastSync = null;
		});
	}

	/**
	 * Records an answer in the current attempt unless the question was answered there
	 * already (by this request or any other, on any instance).
	 * @return whether the answer was recorded
	 */
	public boolean answer(String lessonKey, int question, String letter) {
		ReaderState reader = orCreate(this.clock.instant());
		ReaderState.Lesson lesson = reader.lesson(lessonKey);
		if (lesson.answers.containsKey(question)) {
			return false;
		}
		boolean recorded = this.store.answer(reader.id, lessonKey, lesson.attempt, question, letter,
				this.clock.instant());
		if (recorded) {
			lesson.answers.put(question, letter);
		}
		return recorded;
	}

	/** Starts a new attempt; earlier attempts stay stored. Nothing to do before an answer. */
	public void resetQuiz(String lessonKey) {
		state().ifPresent(reader -> {
			ReaderState.Lesson lesson = reader.lesson(lessonKey);
			if (!lesson.answers.isEmpty()) {
				this.store.retake(reader.id, lessonKey, lesson.attempt);
				lesson.answers.clear();
				lesson.attempt++;
			}
		});
	}

	private Optional<ReaderState> state() {
		Current current = Current.of();
		if (!current.loaded) {
			current.loaded = true;
			String id = readerId(current.request);
			current.state = (id != null) ? this.store.load(id).orElse(null) : null;
			if (current.state != null) {
				touch(current, this.clock.instant());
			}
		}
		return Optional.ofNullable(current.state);
	}

	/** The reader, made now if this is their first save. */
	private ReaderState orCreate(Instant now) {
		return state().orElseGet(() -> {
			Current current = Current.of();
			String address = current.request.getRemoteAddr();
			if (!this.limit.allow(address)) {
				throw new TooManyNewReadersException(this.limit.retryAfterSeconds());
			}
			ReaderState created = new ReaderState(UUID.randomUUID().toString());
			created.lastSeen = now;
			this.store.create(created.id, now);
			ReaderCookie.write(created.id, current.request, current.response);
			current.state = created;
			return created;
		});
	}

	/** A reader seen again after a day: stamped, and their cookie renewed for a year. */
	private void touch(Current current, Instant now) {
		ReaderState reader = current.state;
		if (reader.lastSeen == null || !now.isBefore(reader.lastSeen.plus(TOUCH_RESOLUTION))) {
			this.store.touch(reader.id, now);
			reader.lastSeen = now;
			if (signedInReaderId(current.request) == null) {
				ReaderCookie.write(reader.id, current.request, current.response);
			}
		}
	}

	private static String readerId(HttpServletRequest request) {
		String signedIn = signedInReaderId(request);
		return (signedIn != null) ? signedIn : ReaderCookie.readerId(request);
	}

	private static String signedInReaderId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(SESSION_READER_ID) instanceof String id) ? id : null;
	}

	/** 429: this address made too many readers in the last minute. */
	static final class TooManyNewReadersException extends ResponseStatusException {

		private final long retryAfterSeconds;

		TooManyNewReadersException(long retryAfterSeconds) {
			super(HttpStatus.TOO_MANY_REQUESTS, "Too many new readers from your network in the last minute. "
					+ "Please try again in " + retryAfterSeconds + " seconds.");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		@Override
		public HttpHeaders getHeaders() {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
			return headers;
		}

	}

}
