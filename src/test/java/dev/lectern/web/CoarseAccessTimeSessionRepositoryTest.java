package dev.lectern.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;

import org.junit.jupiter.api.Test;

import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

class CoarseAccessTimeSessionRepositoryTest {

	private final MapSessionRepository store = new MapSessionRepository(new HashMap<>());

	private final CoarseAccessTimeSessionRepository sessions = new CoarseAccessTimeSessionRepository(this.store,
			Duration.ofMinutes(1));

	private String id;

	@Test
	void anAccessWithinTheResolutionLeavesTheStoredAccessTimeAlone() {
		Instant stamped = savedSessionLastAccessedAt(Instant.now().minusSeconds(5));
		Session session = this.sessions.findById(this.id);

		session.setLastAccessedTime(stamped.plusSeconds(59));

		assertThat(session.getLastAccessedTime()).isEqualTo(stamped);
	}

	@Test
	void anAccessAfterTheResolutionIsStamped() {
		Instant stamped = savedSessionLastAccessedAt(Instant.now().minusSeconds(5));
		Session session = this.sessions.findById(this.id);

		session.setLastAccessedTime(stamped.plusSeconds(60));
		this.sessions.save((CoarseAccessTimeSessionRepository.CoarseAccessTimeSession) session);

		assertThat(this.store.findById(this.id).getLastAccessedTime()).isEqualTo(stamped.plusSeconds(60));
	}

	@Test
	void attributesAndIdentityGoToTheStore() {
		CoarseAccessTimeSessionRepository.CoarseAccessTimeSession session = this.sessions.createSession();
		session.setAttribute("reader", "state");
		this.sessions.save(session);

		assertThat(this.store.findById(session.getId()).<String>getAttribute("reader")).isEqualTo("state");
		assertThat(this.sessions.findById(session.getId()).<String>getAttribute("reader")).isEqualTo("state");
		this.sessions.deleteById(session.getId());
		assertThat(this.sessions.findById(session.getId())).isNull();
	}

	private Instant savedSessionLastAccessedAt(Instant time) {
		var session = this.store.createSession();
		session.setLastAccessedTime(time);
		this.store.save(session);
		this.id = session.getId();
		return time;
	}

}
