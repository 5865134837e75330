package dev.lectern.insights;

import java.util.List;
import java.util.Map;

import dev.lectern.Reader;
import dev.lectern.WebTestSupport;
import dev.lectern.content.Catalogue;
import dev.lectern.content.LessonContent;
import dev.lectern.reader.ReaderLessonSummary;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A thousand readers of the MVT lesson, written straight into the reader tables (as
 * bench/generate-readers.sql writes 100,000) in a pattern whose figures can be counted by
 * hand, and summarised by the statement a save uses; and the statements that aggregate
 * them read only those summaries, one row per reader and lesson, as they must to stay fast
 * with 100,000 readers (the benchmark times them).
 *
 * <p>Reader x visits the sections at positions 0..(x mod 5), two minutes apart: the reach is
 * 1000, 800, 600, 400, 200, and the 800 readers with two sections or more took 2, 4, 6 or 8
 * minutes (200 each; the median of 800 values is the mean of the 400th and 401st, (4 + 6) / 2
 * = 5). Every reader answers all three questions at the first attempt; bit q - 1 of x set
 * means a wrong answer to question q. The eight patterns have 125 readers each: 125 scored 3,
 * 375 scored 2, 375 scored 1, 125 scored 0 (mean 1.5). Groups of 27% are 270 readers.
 * Upper: 125 who scored 3 and 145 of the 375 who scored 2, of whom 250 (two of three
 * patterns) are right on any one question; lower: 125 who scored 0 and 145 of the 375 who
 * scored 1, of whom 125 are right on it. Each question: (125 + 145 x 250/375 - 145 x 125/375)
 * / 270 = (125 + 96.67 - 48.33) / 270 = 0.64. Readers 0-99 also retook the quiz and got all
 * right: no first-attempt figure may move.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsFromSqlRowsTest extends WebTestSupport {

	private static final String KEY = "python-backend/django-mvc-mvt";

	private static final String PAGE = "/insights/" + KEY;

	private static final String READER_ID = "'insights-' || LPAD(CAST(X AS VARCHAR), 6, '0')";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Catalogue catalogue;

	@BeforeAll
	void aThousandReadersInTheTables() {
		for (String table : List.of("reader_visit", "reader_answer", "reader_lesson")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE lesson_key = ?").param(KEY).update();
		}
		this.jdbc.sql("INSERT INTO reader (id, created_at, last_seen_at) SELECT " + READER_ID
				+ ", TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+00'"
				+ " FROM SYSTEM_RANGE(0, 999)")
			.update();
		LessonContent lesson = this.catalogue.lesson("python-backend", "django-mvc-mvt");
		for (int position = 0; position < 5; position++) {
			this.jdbc.sql("INSERT INTO reader_visit (reader_id, lesson_key, anchor, visited_at) SELECT " + READER_ID
					+ ", :key, :anchor, DATEADD('MINUTE', 2 * :position, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00')"
					+ " FROM SYSTEM_RANGE(0, 999) WHERE MOD(X, 5) >= :position")
				.param("key", KEY)
				.param("anchor", lesson.sections().get(position).anchor())
				.param("position", position)
				.update();
		}
		List<String> wrong = List.of("A", "C", "B");
		for (int question = 1; question <= 3; question++) {
			String right = lesson.question(question).orElseThrow().correctLetter();
			this.jdbc.sql("INSERT INTO reader_answer (reader_id, lesson_key, attempt, question, letter, answered_at)"
					+ " SELECT " + READER_ID + ", :key, 1, :question,"
					+ " CASE WHEN MOD(X / :bit, 2) = 0 THEN :right ELSE :wrong END,"
					+ " TIMESTAMP WITH TIME ZONE '2026-11-01 11:00:00+00' FROM SYSTEM_RANGE(0, 999)")
				.param("key", KEY)
				.param("question", question)
				.param("bit", 1 << (question - 1))
				.param("right", right)
				.param("wrong", wrong.get(question - 1))
				.update();
			this.jdbc.sql("INSERT INTO reader_answer (reader_id, lesson_key, attempt, question, letter, answered_at)"
					+ " SELECT " + READER_ID + ", :key, 2, :question, :right,"
					+ " TIMESTAMP WITH TIME ZONE '2026-11-01 12:00:00+00' FROM SYSTEM_RANGE(0, 99)")
				.param("key", KEY)
				.param("question", question)
				.param("right", right)
				.update();
		}
		this.jdbc.sql("INSERT INTO reader_lesson (reader_id, lesson_key, synced_at, attempt) SELECT " + READER_ID
				+ ", :key, TIMESTAMP WITH TIME ZONE '2026-11-01 12:00:00+00', CASE WHEN X < 100 THEN 2 ELSE 1 END"
				+ " FROM SYSTEM_RANGE(0, 999)")
			.param("key", KEY)
			.update();
		this.jdbc.sql(ReaderLessonSummary.renew("lesson_key = :key")).param("key", KEY).update();
	}

	@AfterAll
	void forgetThem() {
		this.jdbc.sql("DELETE FROM reader WHERE id LIKE 'insights-%'").update();
	}

	@Test
	void theFiguresAreTheOnesCountedByHand() {
		Document page = asAuthor(PAGE);

		assertThat(page.select(".insights__summary dd").eachText()).containsExactly("1000", "200", "1000", "1.5 of 3",
				"4 min", "5 min");
		assertThat(Tables.onPage(page, "reach-caption")).extracting(row -> row.subList(1, 3))
			.containsExactly(List.of("Readers who read it", "Share of the lesson's readers"), List.of("1000", "100%"),
					List.of("800", "80%"), List.of("600", "60%"), List.of("400", "40%"), List.of("200", "20%"));
		assertThat(Tables.onPage(page, "questions-caption")).containsExactly(
				List.of("Question", "Readers who answered", "Right", "Share right", "Most chosen wrong option",
						"Discrimination index"),
				List.of("Q1", "1000", "500", "50%", "A", "0.64"), List.of("Q2", "1000", "500", "50%", "C", "0.64"),
				List.of("Q3", "1000", "500", "50%", "B", "0.64"));
		assertThat(page.select(".insights__note").text()).doesNotContain("It is shown once");
		assertThat(Tables.onPage(asAuthor("/insights"), "lessons-caption")).contains(
				List.of("Django's MVT Pattern Compared with MVC", "Python Backend", "1000", "200", "1000", "1.5 of 3"));
	}

	@Test
	void everyStatementReadsOnlyTheSummaryRows() {
		Map<String, Object> lesson = Map.of("lesson", KEY, "cap", InsightsQueries.MINUTES_CAP);
		for (String sql : List.of(InsightsQueries.READING, InsightsQueries.FIRST_ANSWERS)) {
			assertThat(plan(sql, lesson)).contains("READER_LESSON").doesNotContain("READER_VISIT", "READER_ANSWER");
		}
		assertThat(plan(InsightsQueries.LESSONS, Map.of("lessons", List.of(KEY)))).contains("READER_LESSON")
			.doesNotContain("READER_VISIT", "READER_ANSWER");
	}

	private String plan(String sql, Map<String, Object> params) {
		return this.jdbc.sql("EXPLAIN " + sql)
			.params(params)
			.query(String.class)
			.single()
			.toUpperCase(java.util.Locale.ROOT)
			.replace("TABLESCAN", "tableScan");
	}

	private Document asAuthor(String url) {
		MvcTestResult result = this.mvc.get().uri(url).with(user("author").roles("AUTHOR")).exchange();
		assertThat(result).as(url).hasStatusOk();
		return Reader.html(result);
	}

}
