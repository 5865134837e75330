package dev.lectern.insights;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import dev.lectern.content.LessonContent;
import dev.lectern.content.QuestionContent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The aggregates the insights pages print. Every statement groups the summary rows of
 * {@code reader_lesson} (one per reader and lesson, kept by each save: migration V10 and
 * {@code reader.ReaderLessonSummary}) by what they hold, so a statement answers a few
 * hundred rows however many readers there are, and no statement returns a reader's id.
 * The groups are then read against the lesson as it is now: visits to sections that no
 * longer exist and answers to questions that no longer exist do not count.
 *
 * <p>Portable SQL (H2 and PostgreSQL) but for one expression. A lesson's readers are those
 * with a visit to one of its current sections or an answer in any attempt.
 */
@Repository
class InsightsQueries {

	/** Longer spans between a reader's first and last section count as this many minutes. */
	static final int MINUTES_CAP = 24 * 60;

	/**
	 * The lesson's summary rows grouped by the sections visited, whether the reader answered
	 * any question, and the minutes from the first to the last visit (rounded, capped at
	 * {@link #MINUTES_CAP}; null without a visit). {@code {span}} is the seconds
	 * between two timestamps in the database's own words: the portable EXTRACT(EPOCH ...)
	 * costs H2 about a third more than its DATEDIFF.
	 */
	private static final String READING_TEMPLATE = """
			SELECT visited, answered, minutes, COUNT(*) AS readers
			FROM (SELECT visited,
			             CASE WHEN first_answers <> '' OR attempt > 1 THEN 1 ELSE 0 END AS answered,
			             CASE WHEN first_visit_at IS NOT NULL
			                  THEN LEAST(:cap, FLOOR(({span} + 30) / 60)) END AS minutes
			      FROM reader_lesson
			      WHERE lesson_key = :lesson) r
			GROUP BY visited, answered, minutes""";

	static final String READING = sql("DATEDIFF('SECOND', first_visit_at, last_visit_at)");

	static final String READING_POSTGRES = sql("EXTRACT(EPOCH FROM last_visit_at - first_visit_at)");

	private static String sql(String span) {
		return READING_TEMPLATE.replace("{span}", span);
	}

	/** The lesson's first attempts, grouped by the answers given ("1C 2B 3D"). */
	static final String FIRST_ANSWERS = """
			SELECT first_answers, COUNT(*) AS readers
			FROM reader_lesson
			WHERE lesson_key = :lesson AND first_answers <> ''
			GROUP BY first_answers""";

	/** For a page of lessons: per lesson, its summary rows grouped by all they hold but the times. */
	static final String LESSONS = """
			SELECT lesson_key, visited, answered, first_answers, COUNT(*) AS readers
			FROM (SELECT lesson_key, visited, first_answers,
			             CASE WHEN first_answers <> '' OR attempt > 1 THEN 1 ELSE 0 END AS answered
			      FROM reader_lesson
			      WHERE lesson_key IN (:lessons)) r
			GROUP BY lesson_key, visited, answered, first_answers""";

	private final JdbcClient jdbc;

	private final String reading;

	InsightsQueries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.reading = isPostgreSql(dataSource) ? READING_POSTGRES : READING;
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

	/** Readers alike in the sections they visited, whether they answered, and the minutes they took. */
	record Reading(List<String> visited, boolean answered, Long minutes, long readers) {
	}

	/** Readers who gave the same answers at their first attempt (question number to letter). */
	record FirstAnswers(Map<Integer, String> letters, long readers) {
	}

	List<Reading> reading(String lessonKey) {
		return this.jdbc.sql(this.reading)
			.param("lesson", lessonKey)
			.param("cap", MINUTES_CAP)
			.query((rs, row) -> {
				long minutes = rs.getLong("minutes");
				Long taken = rs.wasNull() ? null : minutes;
				return new Reading(anchors(rs.getString("visited")), rs.getInt("answered") == 1, taken,
						rs.getLong("readers"));
			})
			.list();
	}

	List<FirstAnswers> firstAnswers(String lessonKey) {
		return this.jdbc.sql(FIRST_ANSWERS)
			.param("lesson", lessonKey)
			.query((rs, row) -> new FirstAnswers(letters(rs.getString("first_answers")), rs.getLong("readers")))
			.list();
	}

	/** Per lesson of a page of lessons, its readers alike in what they read and answered. */
	record LessonGroup(String lessonKey, Reading reading, FirstAnswers answers) {
	}

	List<LessonGroup> lessons(Collection<String> lessonKeys) {
		if (lessonKeys.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(LESSONS).param("lessons", lessonKeys).query((rs, row) -> {
			long readers = rs.getLong("readers");
			return new LessonGroup(rs.getString("lesson_key"),
					new Reading(anchors(rs.getString("visited")), rs.getInt("answered") == 1, null, readers),
					new FirstAnswers(letters(rs.getString("first_answers")), readers));
		}).list();
	}

	/** "a b c" (the summary's {@code visited}) as anchors. */
	static List<String> anchors(String visited) {
		return visited.isEmpty() ? List.of() : List.of(visited.split(" "));
	}

	/** "1C 2B 3D" (the summary's {@code first_answers}) as question number to letter. */
	static Map<Integer, String> letters(String answers) {
		Map<Integer, String> letters = new TreeMap<>();
		if (!answers.isEmpty()) {
			for (String answer : answers.split(" ")) {
				int last = answer.length() - 1;
				letters.put(Integer.parseInt(answer.substring(0, last)), answer.substring(last));
			}
		}
		return letters;
	}

	// the groups read against the lesson as it is now

	/** Per anchor, how many readers visited it. */
	static Map<String, Long> readersPerSection(List<Reading> groups) {
		Map<String, Long> readers = new HashMap<>();
		groups.forEach(group -> group.visited().forEach(anchor -> readers.merge(anchor, group.readers(), Long::sum)));
		return readers;
	}

	/** {@code minutes} is null for readers with fewer than two of the current sections visited. */
	record ReaderGroup(int sections, Long minutes, long readers) {
	}

	/** The lesson's readers: those with a current section visited or an answer given. */
	static List<ReaderGroup> readers(List<Reading> groups, Set<String> anchors) {
		List<ReaderGroup> readers = new ArrayList<>();
		for (Reading group : groups) {
			int sections = (int) group.visited().stream().filter(anchors::contains).count();
			if (sections > 0 || group.answered()) {
				readers.add(new ReaderGroup(sections, (sections >= 2) ? group.minutes() : null, group.readers()));
			}
		}
		return readers;
	}

	/**
	 * A first attempt's answer to one current question, with the answering reader's number
	 * of current questions answered and total score at the first attempt: the rows from
	 * which the choice counts, the share right and the discrimination index are counted.
	 */
	record AnswerGroup(int answered, int score, int question, String letter, long readers) {
	}

	static List<AnswerGroup> firstAttempt(List<FirstAnswers> groups, LessonContent lesson) {
		Map<Integer, String> correct = new HashMap<>();
		for (QuestionContent question : lesson.questions()) {
			correct.put(question.number(), question.correctLetter());
		}
		List<AnswerGroup> answers = new ArrayList<>();
		for (FirstAnswers group : groups) {
			Map<Integer, String> current = new TreeMap<>(group.letters());
			current.keySet().retainAll(correct.keySet());
			int score = (int) current.entrySet()
				.stream()
				.filter(answer -> correct.get(answer.getKey()).equals(answer.getValue()))
				.count();
			current.forEach((question, letter) -> answers
				.add(new AnswerGroup(current.size(), score, question, letter, group.readers())));
		}
		return answers;
	}

}
