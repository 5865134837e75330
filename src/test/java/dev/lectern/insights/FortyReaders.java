package dev.lectern.insights;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import dev.lectern.HttpBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty readers of the Flask lesson with varied progress and first attempts, sent the way a
 * reader sends them (a progress save, answers one by one), and the figures an author should
 * see for them, counted by hand:
 *
 * <pre>
 * readers  sections read       Q1 (C right)        Q2 (A right)   Q3 (D right)
 *  0-9     all 5               C, but 8 chose B    A              D
 *  10-19   first 3             B for 10-15, else C A              A for 10-12, else D
 *  20-29   first 2             C for 20-24, else D -              -
 *  30-35   first 1             -                   -              -
 *  36-39   none                A                   B              -
 * </pre>
 *
 * Reach (of 40): 36, 30, 20, 10, 10; 10 read it all. Q1: 34 answered, A 4, B 7, C 18, D 5.
 * Q2: 24 answered, A 20, B 4. Q3: 20 answered, A 3, D 17. Readers 0-19 finished the first
 * attempt (20): 13 scored 3, 4 scored 2 (8, 13-15), 3 scored 1 (10-12); mean 50 / 20 = 2.5.
 */
public final class FortyReaders {

	public static final String LESSON = "/python-backend/flask-rest-api";

	public static final String KEY = "python-backend/flask-rest-api";

	public static final List<String> ANCHORS = List.of("what-flask-is-and-why-it-suits-apis", "routes-and-http-methods",
			"returning-json-and-status-codes", "reading-request-data", "from-flask-to-django");

	public static final int COUNT = 40;

	private FortyReaders() {
	}

	/** How one reader talks to Lectern. */
	public interface Client {

		void visit(List<String> anchors);

		void answer(int question, String letter);

	}

	/** A reader over HTTP, as a browser: the lesson page first (its CSRF cookie), then saves and answers. */
	public static final class HttpReader implements Client {

		private final HttpBrowser http;

		public HttpReader(HttpBrowser http) {
			this.http = http;
			http.page(LESSON);
		}

		@Override
		public void visit(List<String> anchors) {
			HttpResponse<String> response = this.http.postJson(LESSON + "/progress", anchors.stream()
				.map(anchor -> "section=" + URLEncoder.encode(anchor, StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")));
			assertThat(response.statusCode()).isEqualTo(200);
		}

		@Override
		public void answer(int question, String letter) {
			assertThat(this.http.post(LESSON + "/quiz/" + question, "answer=" + letter).statusCode()).isEqualTo(303);
		}

	}

	/** Sends what each of the forty does; {@code readers} makes reader i's client. */
	public static <C extends Client> List<C> send(IntFunction<C> readers) {
		List<C> clients = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			C client = readers.apply(i);
			int sections = sectionsRead(i);
			if (sections > 0) {
				client.visit(ANCHORS.subList(0, sections));
			}
			answers(i).forEach(client::answer);
			clients.add(client);
		}
		return clients;
	}

	static int sectionsRead(int i) {
		if (i < 10) {
			return 5;
		}
		if (i < 20) {
			return 3;
		}
		if (i < 30) {
			return 2;
		}
		return (i < 36) ? 1 : 0;
	}

	static Map<Integer, String> answers(int i) {
		Map<Integer, String> answers = new LinkedHashMap<>();
		if (i < 10) {
			answers.put(1, (i == 8) ? "B" : "C");
			answers.put(2, "A");
			answers.put(3, "D");
		}
		else if (i < 20) {
			answers.put(1, (i <= 15) ? "B" : "C");
			answers.put(2, "A");
			answers.put(3, (i <= 12) ? "A" : "D");
		}
		else if (i < 30) {
			answers.put(1, (i <= 24) ? "C" : "D");
		}
		else if (i >= 36) {
			answers.put(1, "A");
			answers.put(2, "B");
		}
		return answers;
	}

	/** The reach table as an author should see it. */
	public static final List<List<String>> REACH = List.of(
			List.of("Section", "Readers who read it", "Share of the lesson's readers"),
			List.of("What Flask Is and Why It Suits APIs", "36", "90%"), List.of("Routes and HTTP Methods", "30", "75%"),
			List.of("Returning JSON and Status Codes", "20", "50%"), List.of("Reading Request Data", "10", "25%"),
			List.of("From Flask to Django", "10", "25%"));

	public static final List<List<String>> QUESTIONS = List.of(
			List.of("Question", "Readers who answered", "Right", "Share right", "Most chosen wrong option",
					"Discrimination index"),
			List.of("Q1", "34", "18", "53%", "B", "not enough answers yet"),
			List.of("Q2", "24", "20", "83%", "B", "not enough answers yet"),
			List.of("Q3", "20", "17", "85%", "A", "not enough answers yet"));

	public static final List<List<String>> OPTIONS = List.of(
			List.of("Question", "Option", "Chosen by", "Share of those who answered", "Note"),
			List.of("Q1", "A: GET, POST, PUT and DELETE", "fewer than 5", "fewer than 5", ""),
			List.of("Q1", "B: Only POST", "7", "21%", "most chosen wrong answer"),
			List.of("Q1", "C: GET, plus HEAD and OPTIONS added automatically", "18", "53%", "correct answer"),
			List.of("Q1", "D: Any method the client sends", "5", "15%", ""),
			List.of("Q2", "A: A JSON body with status 201 Created", "20", "83%", "correct answer"),
			List.of("Q2", "B: A JSON body with status 200 OK", "fewer than 5", "fewer than 5", "most chosen wrong answer"),
			List.of("Q2", "C: A plain-text body with status 201 Created", "0", "0%", ""),
			List.of("Q2", "D: An HTML error page with status 500", "0", "0%", ""),
			List.of("Q3", "A: request.form", "fewer than 5", "fewer than 5", "most chosen wrong answer"),
			List.of("Q3", "B: request.get_json()", "0", "0%", ""), List.of("Q3", "C: request.files", "0", "0%", ""),
			List.of("Q3", "D: request.args", "17", "85%", "correct answer"));

	/** The lesson's row on the overview. */
	public static final List<String> OVERVIEW_ROW = List.of("Building REST APIs with Flask", "Python Backend", "40", "10",
			"20", "2.5 of 3");

}
