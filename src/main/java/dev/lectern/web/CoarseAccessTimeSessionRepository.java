package dev.lectern.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * A session store that stamps a session's last access at most once per
 * {@link #resolution}. Everything else goes to the delegate unchanged.
 *
 * <p>Why: Spring Session sets the last access time on every request, which marks the session
 * as changed, so JDBC's store runs an UPDATE of {@code SPRING_SESSION} and a commit for every
 * page view, even one that changed nothing. Readers' sessions last 30 days; whether one
 * expires a minute earlier or later does not matter, a write per page view does (it was the
 * largest database cost of the lesson page). A request that changes an attribute still
 * writes it, as before, and a request that comes more than the resolution after the stored
 * access time still stamps it, so a session in use never expires.
 */
final class CoarseAccessTimeSessionRepository
		implements SessionRepository<CoarseAccessTimeSessionRepository.CoarseAccessTimeSession> {

	private final SessionRepository<Session> delegate;

	private final Duration resolution;

	@SuppressWarnings("unchecked")
	CoarseAccessTimeSessionRepository(SessionRepository<? extends Session> delegate, Duration resolution) {
		this.delegate = (SessionRepository<Session>) delegate;
		this.resolution = resolution;
	}

	@Override
	public CoarseAccessTimeSession createSession() {
		return new CoarseAccessTimeSession(this.delegate.createSession(), this.resolution);
	}

	@Override
	public void save(CoarseAccessTimeSession session) {
		this.delegate.save(session.delegate);
	}

	@Override
	public CoarseAccessTimeSession findById(String id) {
		Session session = this.delegate.findById(id);
		return (session != null) ? new CoarseAccessTimeSession(session, this.resolution) : null;
	}

	@Override
	public void deleteById(String id) {
		this.delegate.deleteById(id);
	}

	/** The delegate's session, with last access stamped coarsely. */
	static final class CoarseAccessTimeSession implements Session {

		private final Session delegate;

		private final Duration resolution;

		CoarseAccessTimeSession(Session delegate, Duration resolution) {
			this.delegate = delegate;
			this.resolution = resolution;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant stored = this.delegate.getLastAccessedTime();
			if (stored == null || !lastAccessedTime.isBefore(stored.plus(this.resolution))) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
