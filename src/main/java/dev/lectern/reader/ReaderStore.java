package dev.lectern.reader;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reader's rows (migration V6). Every save commutes: a visit is inserted if absent, an
 * answer is unique per reader, lesson, attempt and question by the primary key, so two
 * instances saving for one reader at the same moment neither lose nor double a row, and no
 * lock is needed.
 */
@Repository
class ReaderStore {

	/**
	 * Everything of one reader the pages show, in one statement: per lesson the last sync,
	 * the attempt and the sections visited, once per answer of that attempt (or once, with
	 * no answer). Earlier attempts stay stored but are not read: a reader who retook a quiz
	 * fifty times loads one attempt. A join and not a {@code UNION ALL}: H2 keeps a parsed
	 * join per connection, and parsed a union again on every page view (bench/README.md).
	 */
	private static final String LOAD = """
			SELECT r.last_seen_at, l.lesson_key, l.attempt, l.synced_at, l.visited, a.question, a.letter
			FROM reader r
			LEFT JOIN reader_lesson l ON l.reader_id = r.id
			LEFT JOIN reader_answer a
			  ON a.reader_id = l.reader_id AND a.lesson_key = l.lesson_key AND a.attempt = l.attempt
			WHERE r.id = :id
			""";

	private final JdbcClient jdbc;

	private final boolean postgres;

	/** Each save is one transaction: plain JDBC, these statements never touch JPA. */
	private final TransactionTemplate transaction;

	ReaderStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgreSql(dataSource);
		this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

	/** The reader's state, or empty when there is no such reader (never made, or deleted). */
	Optional<ReaderState> load(String readerId) {
		ReaderState state = new ReaderState(readerId);
		boolean[] found = { false };
		this.jdbc.sql(LOAD).param("id", readerId).query(rs -> {
			found[0] = true;
			OffsetDateTime seen = rs.getObject("last_seen_at", OffsetDateTime.class);
			state.lastSeen = (seen != null) ? seen.toInstant() : null;
			String lessonKey = rs.getString("lesson_key");
			if (lessonKey == null) {
				return; // a reader with no lesson yet
			}
			// every row of a lesson repeats the lesson's columns
			ReaderState.Lesson lesson = state.lesson(lessonKey);
			lesson.attempt = rs.getInt("attempt");
			OffsetDateTime synced = rs.getObject("synced_at", OffsetDateTime.class);
			lesson.lastSync = (synced != null) ? synced.toInstant() : null;
			String visited = rs.getString("visited");
			if (lesson.visited.isEmpty() && !visited.isEmpty()) {
				lesson.visited.addAll(List.of(visited.split(" ")));
			}
			String letter = rs.getString("letter");
			if (letter != null) {
				lesson.answers.put(rs.getInt("question"), letter.trim());
			}
		});
		return found[0] ? Optional.of(state) : Optional.empty();
	}

	void create(String readerId, Instant now) {
		this.jdbc.sql("INSERT INTO reader (id, created_at, last_seen_at) VALUES (:id, :now, :now)")
			.param("id", readerId)
			.param("now", utc(now))
			.update();
	}

	void touch(String readerId, Instant now) {
		this.jdbc.sql("UPDATE reader SET last_seen_at = :now WHERE id = :id")
			.param("id", readerId)
			.param("now", utc(now))
			.update();
	}

	/**
	 * Records the visits that are new, stamps the lesson's last sync and renews the lesson's
	 * summary ({@link ReaderLessonSummary}). The lesson's row is updated first: its lock makes
	 * two saves of one reader and lesson take turns, so the second one's summary counts the
	 * first one's visits (each statement sees what was committed before it began).
	 */
	void visit(String readerId, String lessonKey, Collection<String> anchors, Instant now) {
		this.transaction.executeWithoutResult(status -> {
			if (stamp(readerId, lessonKey, now) == 0) {
				ensureLesson(readerId, lessonKey);
				stamp(readerId, lessonKey, now);
			}
			boolean added = false;
			for (String anchor : anchors) {
				added |= insertVisitIfAbsent(readerId, lessonKey, anchor, now);
			}
			if (added) {
				this.jdbc.sql("UPDATE reader_lesson SET " + ReaderLessonSummary.VISITS
						+ " WHERE reader_id = :reader AND lesson_key = :lesson")
					.param("reader", readerId)
					.param("lesson", lessonKey)
					.update();
			}
		});
	}

	private int stamp(String readerId, String lessonKey, Instant now) {
		return this.jdbc.sql("UPDATE reader_lesson SET synced_at = :now WHERE reader_id = :reader AND lesson_key = :lesson")
			.param("now", utc(now))
			.param("reader", readerId)
			.param("lesson", lessonKey)
			.update();
	}

	void resetProgress(String readerId, String lessonKey) {
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.sql("""
					UPDATE reader_lesson SET synced_at = NULL, visited = '', first_visit_at = NULL, last_visit_at = NULL
					WHERE reader_id = :reader AND lesson_key = :lesson""")
				.param("reader", readerId)
				.param("lesson", lessonKey)
				.update();
			this.jdbc.sql("DELETE FROM reader_visit WHERE reader_id = :reader AND lesson_key = :lesson")
				.param("reader", readerId)
				.param("lesson", lessonKey)
				.update();
		});
	}

	/**
	 * Records an answer in the given attempt unless that question has one there already.
	 * @return whether this call recorded it
	 */
	boolean answer(String readerId, String lessonKey, int attempt, int question, String letter, Instant now) {
		return Boolean.TRUE.equals(this.transaction.execute(status -> {
			ensureLesson(readerId, lessonKey);
			if (attempt != 1) {
				return insertAnswer(readerId, lessonKey, attempt, question, letter, now);
			}
			// the first attempt is summarised: the lesson's row is locked first, as in visit
			this.jdbc.sql("SELECT attempt FROM reader_lesson WHERE reader_id = :reader AND lesson_key = :lesson FOR UPDATE")
				.param("reader", readerId)
				.param("lesson", lessonKey)
				.query(Integer.class)
				.single();
			boolean recorded = insertAnswer(readerId, lessonKey, attempt, question, letter, now);
			if (recorded) {
				this.jdbc.sql("UPDATE reader_lesson SET " + ReaderLessonSummary.ANSWERS
						+ " WHERE reader_id = :reader AND lesson_key = :lesson")
					.param("reader", readerId)
					.param("lesson", lessonKey)
					.update();
			}
			return recorded;
		}));
	}

	private boolean insertAnswer(String readerId, String lessonKey, int attempt, int question, String letter,
			Instant now) {
		String columns = "reader_id, lesson_key, attempt, question, letter, answered_at";
		String values = ":reader, :lesson, :attempt, :question, :letter, :now";
		JdbcClient.StatementSpec insert = this.jdbc
			.sql(this.postgres ? "INSERT INTO reader_answer (" + columns + ") VALUES (" + values
					+ ") ON CONFLICT DO NOTHING" : "INSERT INTO reader_answer (" + columns + ") VALUES (" + values + ")")
			.param("reader", readerId)
			.param("lesson", lessonKey)
			.param("attempt", attempt)
			.param("question", question)
			.param("letter", letter)
			.param("now", utc(now));
		try {
			return insert.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Starts a new attempt, unless another request started one since {@code current} was read. */
	void retake(String readerId, String lessonKey, int current) {
		this.jdbc.sql("""
				UPDATE reader_lesson SET attempt = attempt + 1
				WHERE reader_id = :reader AND lesson_key = :lesson AND attempt = :current""")
			.param("reader", readerId)
			.param("lesson", lessonKey)
			.param("current", current)
			.update();
	}

	/**
	 * Forgets anonymous readers not seen since the given instant, with every row they own.
	 * Readers kept for an account stay until the account is deleted.
	 */
	int deleteNotSeenSince(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM reader WHERE last_seen_at < :cutoff AND kept = FALSE")
			.param("cutoff", utc(cutoff))
			.update();
	}

	/** Whether the reader exists and belongs to no account. */
	boolean isAnonymous(String readerId) {
		return this.jdbc.sql("SELECT count(*) FROM reader WHERE id = :id AND kept = FALSE")
			.param("id", readerId)
			.query(Long.class)
			.single() == 1;
	}

	/** Keeps an anonymous reader for an account; false when there is no such anonymous reader. */
	boolean keep(String readerId, Instant now) {
		return this.jdbc.sql("UPDATE reader SET kept = TRUE, last_seen_at = :now WHERE id = :id AND kept = FALSE")
			.param("id", readerId)
			.param("now", utc(now))
			.update() == 1;
	}

	void createKept(String readerId, Instant now) {
		this.jdbc.sql("INSERT INTO reader (id, created_at, last_seen_at, kept) VALUES (:id, :now, :now, TRUE)")
			.param("id", readerId)
			.param("now", utc(now))
			.update();
	}

	/**
	 * Moves what one reader did into another's rows and deletes the first, in one
	 * transaction. Visited sections are united. Per lesson, a lesson only {@code from} has
	 * comes over whole (every attempt); for a lesson both have, the answers of {@code from}'s
	 * current attempt fill the questions that {@code into}'s current attempt has not
	 * answered, so where both answered, {@code into}'s answer stands, and {@code from}'s
	 * earlier attempts are dropped (one person has one first attempt). The later "Last Sync"
	 * of the two is kept.
	 */
	void merge(String from, String into, Instant now) {
		String ignoreConflicts = this.postgres ? " ON CONFLICT DO NOTHING" : "";
		this.transaction.executeWithoutResult(status -> {
			// lessons both have: the current attempt's answers, where into has none
			this.jdbc.sql("""
					INSERT INTO reader_answer (reader_id, lesson_key, attempt, question, letter, answered_at)
					SELECT :into, a.lesson_key, mine.attempt, a.question, a.letter, a.answered_at
					FROM reader_answer a
					JOIN reader_lesson theirs
					  ON theirs.reader_id = a.reader_id AND theirs.lesson_key = a.lesson_key AND theirs.attempt = a.attempt
					JOIN reader_lesson mine ON mine.reader_id = :into AND mine.lesson_key = a.lesson_key
					WHERE a.reader_id = :from
					  AND NOT EXISTS (SELECT 1 FROM reader_answer b WHERE b.reader_id = :into
					                  AND b.lesson_key = a.lesson_key AND b.attempt = mine.attempt AND b.question = a.question)
					""" + ignoreConflicts).param("from", from).param("into", into).update();
			// lessons only from has: every attempt
			this.jdbc.sql("""
					INSERT INTO reader_answer (reader_id, lesson_key, attempt, question, letter, answered_at)
					SELECT :into, a.lesson_key, a.attempt, a.question, a.letter, a.answered_at
					FROM reader_answer a
					WHERE a.reader_id = :from
					  AND NOT EXISTS (SELECT 1 FROM reader_lesson mine WHERE mine.reader_id = :into AND mine.lesson_key = a.lesson_key)
					""" + ignoreConflicts).param("from", from).param("into", into).update();
			this.jdbc.sql("""
					UPDATE reader_lesson SET synced_at = (SELECT theirs.synced_at FROM reader_lesson theirs
					    WHERE theirs.reader_id = :from AND theirs.lesson_key = reader_lesson.lesson_key)
					WHERE reader_id = :into AND EXISTS (SELECT 1 FROM reader_lesson theirs
					    WHERE theirs.reader_id = :from AND theirs.lesson_key = reader_lesson.lesson_key
					      AND theirs.synced_at IS NOT NULL
					      AND (reader_lesson.synced_at IS NULL OR theirs.synced_at > reader_lesson.synced_at))
					""").param("from", from).param("into", into).update();
			this.jdbc.sql("""
					INSERT INTO reader_lesson (reader_id, lesson_key, synced_at, attempt)
					SELECT :into, theirs.lesson_key, theirs.synced_at, theirs.attempt
					FROM reader_lesson theirs
					WHERE theirs.reader_id = :from
					  AND NOT EXISTS (SELECT 1 FROM reader_lesson mine WHERE mine.reader_id = :into AND mine.lesson_key = theirs.lesson_key)
					""" + ignoreConflicts).param("from", from).param("into", into).update();
			this.jdbc.sql("""
					INSERT INTO reader_visit (reader_id, lesson_key, anchor, visited_at)
					SELECT :into, v.lesson_key, v.anchor, v.visited_at
					FROM reader_visit v
					WHERE v.reader_id = :from
					  AND NOT EXISTS (SELECT 1 FROM reader_visit mine WHERE mine.reader_id = :into
					                  AND mine.lesson_key = v.lesson_key AND mine.anchor = v.anchor)
					""" + ignoreConflicts).param("from", from).param("into", into).update();
			this.jdbc.sql(ReaderLessonSummary.renew("reader_id = :into")).param("into", into).update();
			this.jdbc.sql("DELETE FROM reader WHERE id = :from AND kept = FALSE").param("from", from).update();
			touch(into, now);
		});
	}

	/** Every row of one reader, for the reader to take away; empty when there is no such reader. */
	Optional<ReaderData> export(String readerId) {
		Optional<Instant[]> reader = this.jdbc.sql("SELECT created_at, last_seen_at FROM reader WHERE id = :id")
			.param("id", readerId)
			.query((rs, row) -> new Instant[] { instant(rs, "created_at"), instant(rs, "last_seen_at") })
			.optional();
		if (reader.isEmpty()) {
			return Optional.empty();
		}
		Map<String, ReaderData.Builder> lessons = new TreeMap<>();
		this.jdbc.sql("SELECT lesson_key, synced_at, attempt FROM reader_lesson WHERE reader_id = :id")
			.param("id", readerId)
			.query(rs -> {
				ReaderData.Builder lesson = lessons.computeIfAbsent(rs.getString("lesson_key"), ReaderData.Builder::new);
				lesson.lastSync = instant(rs, "synced_at");
				lesson.currentAttempt = rs.getInt("attempt");
			});
		this.jdbc.sql("""
				SELECT lesson_key, anchor, visited_at FROM reader_visit WHERE reader_id = :id
				ORDER BY lesson_key, visited_at, anchor""").param("id", readerId).query(rs -> {
			lessons.computeIfAbsent(rs.getString("lesson_key"), ReaderData.Builder::new).visits
				.add(new ReaderData.Visit(rs.getString("anchor"), instant(rs, "visited_at")));
		});
		this.jdbc.sql("""
				SELECT lesson_key, attempt, question, letter, answered_at FROM reader_answer WHERE reader_id = :id
				ORDER BY lesson_key, attempt, question""").param("id", readerId).query(rs -> {
			lessons.computeIfAbsent(rs.getString("lesson_key"), ReaderData.Builder::new).answers
				.add(new ReaderData.Answer(rs.getInt("attempt"), rs.getInt("question"), rs.getString("letter").trim(),
						instant(rs, "answered_at")));
		});
		return Optional.of(new ReaderData(readerId, reader.get()[0], reader.get()[1],
				lessons.values().stream().map(ReaderData.Builder::build).toList()));
	}

	/** Deletes the reader with every row it owns (and the account it belongs to, if any). */
	void delete(String readerId) {
		this.jdbc.sql("DELETE FROM reader WHERE id = :id").param("id", readerId).update();
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.toInstant() : null;
	}

	private void ensureLesson(String readerId, String lessonKey) {
		String insert = "INSERT INTO reader_lesson (reader_id, lesson_key, attempt) VALUES (:reader, :lesson, 1)";
		runIfAbsent(this.jdbc.sql(this.postgres ? insert + " ON CONFLICT DO NOTHING" : """
				MERGE INTO reader_lesson t USING (VALUES (CAST(:reader AS VARCHAR(36)), CAST(:lesson AS VARCHAR(201)))) s (r, l)
				ON t.reader_id = s.r AND t.lesson_key = s.l
				WHEN NOT MATCHED THEN INSERT (reader_id, lesson_key, attempt) VALUES (s.r, s.l, 1)""")
			.param("reader", readerId)
			.param("lesson", lessonKey));
	}

	private boolean insertVisitIfAbsent(String readerId, String lessonKey, String anchor, Instant now) {
		String insert = "INSERT INTO reader_visit (reader_id, lesson_key, anchor, visited_at) "
				+ "VALUES (:reader, :lesson, :anchor, :now)";
		return runIfAbsent(this.jdbc.sql(this.postgres ? insert + " ON CONFLICT DO NOTHING" : """
				MERGE INTO reader_visit t
				USING (VALUES (CAST(:reader AS VARCHAR(36)), CAST(:lesson AS VARCHAR(201)), CAST(:anchor AS VARCHAR(120)))) s (r, l, a)
				ON t.reader_id = s.r AND t.lesson_key = s.l AND t.anchor = s.a
				WHEN NOT MATCHED THEN INSERT (reader_id, lesson_key, anchor, visited_at) VALUES (s.r, s.l, s.a, :now)""")
			.param("reader", readerId)
			.param("lesson", lessonKey)
			.param("anchor", anchor)
			.param("now", utc(now)));
	}

	/**
	 * H2's MERGE is not atomic against a concurrent insert of the same key: the loser fails
	 * on the primary key, which means the row is there, as wanted. (On H2 a failed statement
	 * leaves the transaction usable; on PostgreSQL ON CONFLICT never fails.)
	 * @return whether this statement inserted the row
	 */
	private static boolean runIfAbsent(JdbcClient.StatementSpec statement) {
		try {
			return statement.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// inserted by a concurrent request: the row is there
			return false;
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database the readers are stored in", ex);
		}
	}

}
