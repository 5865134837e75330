package dev.lectern.insights;

import java.sql.DatabaseMetaData;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The aggregates the insights pages print, each one statement over the reader tables
 * (migration V6) that reads a lesson's rows through an index led by {@code lesson_key}
 * (V9) and answers a handful of rows, however many readers there are: the grouping happens
 * in the database, never reader by reader here. No statement returns a reader's id.
 *
 * <p>Portable SQL (H2 and PostgreSQL) but for one expression. A lesson's readers are those with a visit to one of
 * its current sections or an answer in any attempt.
 */
@Repository
class InsightsQueries {

	/** Longer spans between a reader's first and last section count as this many minutes. */
	static final int MINUTES_CAP = 24 * 60;

	/** Per section of the lesson, how many readers visited it (one row per reader and section). */
	static final String READERS_PER_SECTION = """
			SELECT anchor, COUNT(*) AS readers
			FROM reader_visit
			WHERE lesson_key = :lesson
			GROUP BY anchor""";

	/**
	 * The lesson's readers grouped by how many of its current sections they visited and, for
	 * those with two or more, the minutes from their first to their last visit (rounded,
	 * capped at {@link #MINUTES_CAP}). {@code {span}} is the seconds between two timestamps in
	 * the database's own words: the portable EXTRACT(EPOCH ...) costs H2 about a third more
	 * than its DATEDIFF over 100,000 readers.
	 */
	private static final String READERS_TEMPLATE = """
			SELECT sections, minutes, COUNT(*) AS readers
			FROM (SELECT reader_id, SUM(visit) AS sections,
			             CASE WHEN SUM(visit) >= 2 THEN LEAST(:cap, FLOOR(({span} + 30) / 60)) END AS minutes
			      FROM (SELECT reader_id, 1 AS visit, visited_at
			            FROM reader_visit
			            WHERE lesson_key = :lesson AND anchor IN (:anchors)
			            UNION ALL
			            SELECT reader_id, 0, CAST(NULL AS TIMESTAMP WITH TIME ZONE)
			            FROM reader_answer
			            WHERE lesson_key = :lesson) r
			      GROUP BY reader_id) p
			GROUP BY sections, minutes""";

	static final String READERS = readers("DATEDIFF('SECOND', MIN(visited_at), MAX(visited_at))");

	static final String READERS_POSTGRES = readers("EXTRACT(EPOCH FROM MAX(visited_at) - MIN(visited_at))");

	private static String readers(String span) {
		return READERS_TEMPLATE.replace("{span}", span);
	}

	/**
	 * First-attempt answers to the current questions, grouped by question and letter and by
	 * the answering reader's number of answers and total score at the first attempt. From
	 * these few rows come the choice counts, the share right, who finished the first attempt
	 * and with what score, and the discrimination index. {@code :correct} holds the correct
	 * letter of question n at position n.
	 */
	static final String FIRST_ATTEMPT = """
			SELECT answered, score, question, letter, COUNT(*) AS readers
			FROM (SELECT question, letter,
			             COUNT(*) OVER (PARTITION BY reader_id) AS answered,
			             SUM(CASE WHEN letter = SUBSTRING(CAST(:correct AS VARCHAR(1000)) FROM question FOR 1)
			                      THEN 1 ELSE 0 END) OVER (PARTITION BY reader_id) AS score
			      FROM reader_answer
			      WHERE lesson_key = :lesson AND attempt = 1 AND question IN (:questions)) a
			GROUP BY answered, score, question, letter""";

	/**
	 * Per lesson of a page of lessons, its readers grouped by how many of its current sections
	 * they visited ({@code :sections} names them as "lesson-key anchor").
	 */
	static final String LESSON_READERS = """
			SELECT lesson_key, sections, COUNT(*) AS readers
			FROM (SELECT lesson_key, reader_id, SUM(visit) AS sections
			      FROM (SELECT lesson_key, reader_id, 1 AS visit
			            FROM reader_visit
			            WHERE lesson_key IN (:lessons) AND (lesson_key || ' ' || anchor) IN (:sections)
			            UNION ALL
			            SELECT lesson_key, reader_id, 0
			            FROM reader_answer
			            WHERE lesson_key IN (:lessons)) r
			      GROUP BY lesson_key, reader_id) p
			GROUP BY lesson_key, sections""";

	/**
	 * Per lesson of a page of lessons, its first attempts grouped by how many current
	 * questions they answered and how many rightly ({@code :questions} names the questions
	 * as "lesson-key n", {@code :rights} the right answers as "lesson-key nL").
	 */
	static final String LESSON_FIRST_ATTEMPTS = """
			SELECT lesson_key, answered, score, COUNT(*) AS readers
			FROM (SELECT lesson_key, reader_id, COUNT(*) AS answered,
			             SUM(CASE WHEN (lesson_key || ' ' || CAST(question AS VARCHAR(11)) || letter) IN (:rights)
			                      THEN 1 ELSE 0 END) AS score
			      FROM reader_answer
			      WHERE lesson_key IN (:lessons) AND attempt = 1
			        AND (lesson_key || ' ' || CAST(question AS VARCHAR(11))) IN (:questions)
			      GROUP BY lesson_key, reader_id) a
			GROUP BY lesson_key, answered, score""";

	private final JdbcClient jdbc;

	private final String readers;

	InsightsQueries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.readers = isPostgreSql(dataSource) ? READERS_POSTGRES : READERS;
	}

	/** Decided by the database connected to, not by a profile (AOT fixes beans at build time). */
	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database the readers are stored in", ex);
		}
	}

	Map<String, Long> readersPerSection(String lessonKey) {
		Map<String, Long> readers = new HashMap<>();
		this.jdbc.sql(READERS_PER_SECTION)
			.param("lesson", lessonKey)
			.query(rs -> {
				readers.put(rs.getString("anchor"), rs.getLong("readers"));
			});
		return readers;
	}

	/** {@code minutes} is null for readers with fewer than two sections visited. */
	record ReaderGroup(int sections, Long minutes, long readers) {
	}

	List<ReaderGroup> readers(String lessonKey, Collection<String> anchors) {
		if (anchors.isEmpty()) {
			// no current section: the readers are those who answered
			return List.of(new ReaderGroup(0, null, this.jdbc
				.sql("SELECT COUNT(DISTINCT reader_id) FROM reader_answer WHERE lesson_key = :lesson")
				.param("lesson", lessonKey)
				.query(Long.class)
				.single()));
		}
		return this.jdbc.sql(this.readers)
			.param("lesson", lessonKey)
			.param("anchors", anchors)
			.param("cap", MINUTES_CAP)
			.query((rs, row) -> {
				long minutes = rs.getLong("minutes");
				Long taken = rs.wasNull() ? null : minutes;
				return new ReaderGroup(rs.getInt("sections"), taken, rs.getLong("readers"));
			})
			.list();
	}

	record AnswerGroup(int answered, int score, int question, String letter, long readers) {
	}

	/** @param correct the correct letter of question n at index n - 1 (a space for no such question) */
	List<AnswerGroup> firstAttempt(String lessonKey, String correct, Collection<Integer> questions) {
		if (questions.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(FIRST_ATTEMPT)
			.param("lesson", lessonKey)
			.param("correct", correct)
			.param("questions", questions)
			.query((rs, row) -> new AnswerGroup(rs.getInt("answered"), rs.getInt("score"), rs.getInt("question"),
					rs.getString("letter").trim(), rs.getLong("readers")))
			.list();
	}

	record LessonReaderGroup(String lessonKey, int sections, long readers) {
	}

	/** @param sections "lesson-key anchor" of every current section of those lessons */
	List<LessonReaderGroup> lessonReaders(Collection<String> lessonKeys, Collection<String> sections) {
		if (lessonKeys.isEmpty()) {
			return List.of();
		}
		// IN () is not SQL: a page of lessons without sections matches no visit this way
		Collection<String> named = sections.isEmpty() ? List.of("") : sections;
		return this.jdbc.sql(LESSON_READERS)
			.param("lessons", lessonKeys)
			.param("sections", named)
			.query((rs, row) -> new LessonReaderGroup(rs.getString("lesson_key"), rs.getInt("sections"),
					rs.getLong("readers")))
			.list();
	}

	record LessonAttemptGroup(String lessonKey, int answered, int score, long readers) {
	}

	/**
	 * @param questions "lesson-key n" of every current question of those lessons
	 * @param rights "lesson-key nL" of their right answers
	 */
	List<LessonAttemptGroup> lessonFirstAttempts(Collection<String> lessonKeys, Collection<String> questions,
			Collection<String> rights) {
		if (lessonKeys.isEmpty() || questions.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(LESSON_FIRST_ATTEMPTS)
			.param("lessons", lessonKeys)
			.param("questions", questions)
			.param("rights", rights)
			.query((rs, row) -> new LessonAttemptGroup(rs.getString("lesson_key"), rs.getInt("answered"),
					rs.getInt("score"), rs.getLong("readers")))
			.list();
	}

}
