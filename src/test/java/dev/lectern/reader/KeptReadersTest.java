package dev.lectern.reader;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.lectern.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader that belongs to an account is kept however long its owner stays away. */
class KeptReadersTest extends WebTestSupport {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReaderStore store;

	@Test
	void theYearlyCleanUpForgetsAnonymousReadersOnly() {
		Instant longAgo = Instant.now().minus(400, ChronoUnit.DAYS);
		String anonymous = reader(longAgo, false);
		String kept = reader(longAgo, true);

		this.store.deleteNotSeenSince(Instant.now().minus(ReaderCleanup.KEPT_FOR));

		assertThat(exists(anonymous)).isFalse();
		assertThat(exists(kept)).isTrue();
	}

	private String reader(Instant lastSeen, boolean kept) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("INSERT INTO reader (id, created_at, last_seen_at, kept) VALUES (?, ?, ?, ?)")
			.param(id)
			.param(lastSeen.atOffset(ZoneOffset.UTC))
			.param(lastSeen.atOffset(ZoneOffset.UTC))
			.param(kept)
			.update();
		return id;
	}

	private boolean exists(String id) {
		return this.jdbc.sql("SELECT count(*) FROM reader WHERE id = ?").param(id).query(Long.class).single() == 1;
	}

}
