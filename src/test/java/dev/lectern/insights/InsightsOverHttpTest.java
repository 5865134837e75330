package dev.lectern.insights;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.lectern.HttpBrowser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets which page over real HTTP, where the error pages are the container's own
 * (MockMvc has no error dispatch): a reader who is not an author gets the 403 page, an
 * unknown lesson the 404 page, an anonymous visitor no insights.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InsightsOverHttpTest {

	private static final String PAGE = "/insights/python-backend/flask-rest-api";

	@LocalServerPort
	private int port;

	@Autowired
	private SessionRepository<?> sessions;

	@Test
	void anAuthorGetsThePagesAndTheCsv() {
		HttpBrowser author = signedIn("author", "AUTHOR");
		assertThat(author.get("/insights").statusCode()).isEqualTo(200);
		assertThat(author.page(PAGE).select("h2").eachText()).contains("Where readers stop",
				"The quiz at the first attempt", "Reading time");
		HttpResponse<String> csv = author.get(PAGE + "/questions.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.body()).startsWith("Question,Readers who answered,Right,Share right,");
	}

	@Test
	void aSignedInReaderWhoIsNotAnAuthorGetsTheForbiddenPage() {
		HttpBrowser reader = signedIn("reader", "READER");
		for (String path : new String[] { "/insights", PAGE, PAGE + "/reach.csv" }) {
			HttpResponse<String> response = reader.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("h1").text()).as(path).isEqualTo("Forbidden");
			assertThat(page.select("main").text()).as(path)
				.contains("for the authors named by whoever runs this site")
				.doesNotContain("form may have expired");
			assertThat(response.body()).as(path).doesNotContain("Where readers stop", "Readers who started");
		}
	}

	@Test
	void anAnonymousVisitorGetsNoInsights() {
		// sent to the sign-in page, to come back afterwards
		HttpBrowser anonymous = new HttpBrowser(this.port);
		for (String path : new String[] { "/insights", PAGE, PAGE + "/options.csv", "/insights/lessons.csv" }) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(303);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValue("/sign-in?continue=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
			assertThat(response.body()).as(path).doesNotContain("Where readers stop", "Readers who started", "Q1,");
		}
	}

	@Test
	void anUnknownLessonIsTheNotFoundPage() {
		HttpBrowser author = signedIn("author", "AUTHOR");
		for (String path : new String[] { "/insights/python-backend/no-such-lesson", "/insights/nope/flask-rest-api",
				"/insights/python-backend/no-such-lesson/options.csv", "/insights?page=1000" }) {
			HttpResponse<String> response = author.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(response.body()).select("h1").text()).as(path)
				.isEqualTo("We could not find that page");
		}
	}

	private HttpBrowser signedIn(String username, String role) {
		HttpBrowser browser = new HttpBrowser(this.port);
		browser.setCookie(SignedInSessions.COOKIE, SignedInSessions.store(this.sessions, username, role));
		return browser;
	}

}
