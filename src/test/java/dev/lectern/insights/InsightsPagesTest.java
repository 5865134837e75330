package dev.lectern.insights;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.lectern.Reader;
import dev.lectern.WebTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The authors' pages over forty readers who read and answered through the reader's own
 * endpoints ({@link FortyReaders}): who may see them, what they show, the CSV beside each
 * table, and what a retake does not change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsPagesTest extends WebTestSupport {

	private static final String PAGE = "/insights" + FortyReaders.LESSON;

	@Autowired
	private JdbcClient jdbc;

	private List<MvcReader> readers;

	@BeforeAll
	void fortyReadersReadAndAnswer() {
		// other tests' readers of this lesson would change the counts
		for (String table : List.of("reader_visit", "reader_answer", "reader_lesson")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE lesson_key = ?").param(FortyReaders.KEY).update();
		}
		this.readers = FortyReaders.send(i -> new MvcReader(newReader()));
	}

	@Test
	void anAuthorSeesEveryLessonWithItsReaders() {
		Document page = asAuthor("/insights");

		assertThat(page.select("h1").text()).isEqualTo("Insights");
		List<List<String>> table = Tables.onPage(page, "lessons-caption");
		assertThat(table.get(0)).containsExactly("Lesson", "Track", "Readers who started", "Reached the end",
				"Finished the quiz (first attempt)", "Average first-attempt score");
		assertThat(table).contains(FortyReaders.OVERVIEW_ROW);
		assertThat(table).extracting(row -> row.get(0))
			.contains("Introduction to Django – The Framework for Perfectionists", "Building REST APIs with Flask",
					"Django's MVT Pattern Compared with MVC");
		assertThat(page.select("table a[href='/insights/python-backend/flask-rest-api']").text())
			.isEqualTo("Building REST APIs with Flask");
		assertThat(page.select("a[href='/insights/lessons.csv']")).hasSize(1);
	}

	@Test
	void theLessonPageShowsTheFiguresOfWhatTheReadersSent() {
		Document page = asAuthor(PAGE);

		assertThat(page.select("h1").text()).isEqualTo("Insights Building REST APIs with Flask");
		assertThat(page.select(".insights__summary dt").eachText()).startsWith("Readers who started", "Reached the end",
				"Finished the quiz (first attempt)", "Average first-attempt score");
		assertThat(page.select(".insights__summary dd").eachText()).startsWith("40", "10", "20", "2.5 of 3");
		assertThat(Tables.onPage(page, "reach-caption")).isEqualTo(FortyReaders.REACH);
		assertThat(Tables.onPage(page, "questions-caption")).isEqualTo(FortyReaders.QUESTIONS);
		assertThat(Tables.onPage(page, "options-caption")).isEqualTo(FortyReaders.OPTIONS);
		// estimated 4 minutes; readers 0-29 read two sections or more, each in one save
		assertThat(page.select("#time ~ dl dd").eachText()).containsExactly("4 min", "0 min");
		assertThat(page.select("#time ~ p").text()).contains("among the 30 readers who read at least two sections");
	}

	@Test
	void theChartsDrawTheTablesNumbersAndMarkTheRightOptionAndTheDistractor() {
		Document page = asAuthor(PAGE);

		var reach = page.selectFirst("svg[aria-labelledby=reach-chart-title]");
		assertThat(reach.attr("role")).isEqualTo("img");
		assertThat(reach.select("title").text())
			.isEqualTo("Share of the lesson's readers who read each section, in page order");
		// 90% of the scale's 78% of the chart's width
		assertThat(reach.select("rect.chart__bar").eachAttr("width")).containsExactly("70.20%", "58.50%", "39.00%",
				"19.50%", "19.50%");
		assertThat(reach.select(".chart__value").eachText()).containsExactly("90%", "75%", "50%", "25%", "25%");

		var q1 = page.selectFirst("svg[aria-labelledby=options-chart-1-title]");
		assertThat(q1.select("rect.chart__bar--right")).hasSize(1);
		assertThat(q1.select("rect.chart__bar--distractor")).hasSize(1);
		assertThat(q1.select(".chart__label").eachText()).contains("B \u00b7 most chosen wrong answer \u00b7 Only POST",
				"C \u00b7 correct answer \u00b7 GET, plus HEAD and", "OPTIONS added automatically");
		// option A: 4 readers, so no bar, only the words
		assertThat(q1.select("rect.chart__bar")).hasSize(3);
		assertThat(q1.select(".chart__value").eachText()).containsExactly("fewer than 5", "21%", "53%", "15%");
		// no style attribute anywhere: the CSP forbids them
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("main script")).isEmpty();
	}

	@Test
	void eachCsvHoldsExactlyItsTable() {
		Document page = asAuthor(PAGE);
		assertCsvEqualsTable(page, "reach-caption", PAGE + "/reach.csv", "python-backend-flask-rest-api-reach.csv");
		assertCsvEqualsTable(page, "questions-caption", PAGE + "/questions.csv",
				"python-backend-flask-rest-api-questions.csv");
		assertCsvEqualsTable(page, "options-caption", PAGE + "/options.csv",
				"python-backend-flask-rest-api-options.csv");
		assertCsvEqualsTable(asAuthor("/insights"), "lessons-caption", "/insights/lessons.csv", "lessons.csv");
		assertThat(Tables.fromCsv(csv(PAGE + "/reach.csv"))).isEqualTo(FortyReaders.REACH);
	}

	@Test
	void aRetakeChangesNoFirstAttemptFigure() {
		// readers 0-4 (all right at first) retake and answer everything wrong
		for (MvcReader reader : this.readers.subList(0, 5)) {
			reader.retake();
			reader.answer(1, "D");
			reader.answer(2, "B");
			reader.answer(3, "A");
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM reader_answer WHERE lesson_key = ? AND attempt = 2")
			.param(FortyReaders.KEY)
			.query(Long.class)
			.single()).isEqualTo(15);

		Document page = asAuthor(PAGE);
		assertThat(Tables.onPage(page, "questions-caption")).isEqualTo(FortyReaders.QUESTIONS);
		assertThat(Tables.onPage(page, "options-caption")).isEqualTo(FortyReaders.OPTIONS);
		assertThat(page.select(".insights__summary dd").eachText()).startsWith("40", "10", "20", "2.5 of 3");
		assertThat(Tables.onPage(asAuthor("/insights"), "lessons-caption")).contains(FortyReaders.OVERVIEW_ROW);
	}

	@Test
	void aSignedInReaderWhoIsNotAnAuthorGetsTheForbiddenPage() {
		for (String url : List.of("/insights", PAGE, PAGE + "/options.csv", "/insights/lessons.csv")) {
			MvcTestResult result = this.mvc.get().uri(url).with(user("reader").roles("READER")).exchange();
			assertThat(result).as(url).hasStatus(HttpStatus.FORBIDDEN);
			// the page itself comes from the container's error dispatch (InsightsOverHttpTest)
			assertThat(body(result)).as(url).doesNotContain("Where readers stop", "Readers who started", "Q1,");
		}
	}

	@Test
	void anAnonymousVisitorGetsNoInsights() {
		// on this branch a 403 page; once accounts are in, a redirect to the sign-in page
		for (String url : List.of("/insights", "/insights?page=1", PAGE, PAGE + "/reach.csv", "/insights/lessons.csv")) {
			MvcTestResult result = newReader().get(url);
			assertThat(result.getResponse().getStatus()).as(url).isBetween(300, 499);
			assertThat(body(result)).as(url).doesNotContain("Where readers stop", "Readers who started", "Section,");
		}
	}

	@Test
	void anUnknownTrackLessonOrPageIsTheNotFoundPage() {
		for (String url : List.of("/insights/python-backend/no-such-lesson", "/insights/no-such-track/flask-rest-api",
				"/insights/python-backend/no-such-lesson/reach.csv", "/insights?page=99", "/insights?page=-1",
				"/insights?page=x")) {
			MvcTestResult result = this.mvc.get().uri(url).with(user("author").roles("AUTHOR")).exchange();
			assertThat(result).as(url).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

	private void assertCsvEqualsTable(Document page, String captionId, String url, String filename) {
		MvcTestResult result = asAuthorResult(url);
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"" + filename + "\"");
		assertThat(Tables.fromCsv(body(result))).as(url).isEqualTo(Tables.onPage(page, captionId));
		assertThat(page.select("a[href='" + url + "']").text()).startsWith("Download as CSV");
	}

	private String csv(String url) {
		return body(asAuthorResult(url));
	}

	private Document asAuthor(String url) {
		MvcTestResult result = asAuthorResult(url);
		assertThat(result).as(url).hasStatusOk();
		return Reader.html(result);
	}

	private MvcTestResult asAuthorResult(String url) {
		return this.mvc.get().uri(url).with(user("author").roles("AUTHOR")).exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A reader in MockMvc, answering and saving progress as the lesson page's forms do. */
	private static final class MvcReader implements FortyReaders.Client {

		private final Reader reader;

		MvcReader(Reader reader) {
			this.reader = reader;
		}

		@Override
		public void visit(List<String> anchors) {
			String[] params = anchors.stream().flatMap(anchor -> java.util.stream.Stream.of("section", anchor))
				.toArray(String[]::new);
			assertThat(this.reader.postJson(FortyReaders.LESSON + "/progress", params)).hasStatusOk();
		}

		@Override
		public void answer(int question, String letter) {
			assertThat(this.reader.post(FortyReaders.LESSON + "/quiz/" + question, "answer", letter))
				.hasStatus(HttpStatus.SEE_OTHER);
		}

		void retake() {
			assertThat(this.reader.post(FortyReaders.LESSON + "/quiz/reset")).hasStatus(HttpStatus.SEE_OTHER);
		}

	}

}
