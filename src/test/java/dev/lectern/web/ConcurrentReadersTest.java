package dev.lectern.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Many readers at once, and one reader in two tabs: every save is kept, nobody sees an error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentReadersTest {

	private static final String LESSON = "/python-backend/introduction-to-django";

	private static final List<String> ANCHORS = List.of("what-is-django", "the-batteries-included-philosophy",
			"core-architecture-mvt", "key-features", "why-choose-django");

	private static final String[] ANSWERS = { "C", "B", "D" };

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.executor(Executors.newFixedThreadPool(8))
		.build();

	@Test
	void fortyEightReadersSavingAndAnsweringAtOnceKeepExactlyWhatTheySent() throws Exception {
		int readers = 48;
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		CyclicBarrier start = new CyclicBarrier(readers);
		List<Future<String>> results = new ArrayList<>();
		for (int r = 0; r < readers; r++) {
			int reader = r;
			results.add(pool.submit(() -> read(reader, start)));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(4, TimeUnit.MINUTES)).isTrue();
		List<String> problems = new ArrayList<>();
		for (Future<String> result : results) {
			String problem = result.get();
			if (problem != null) {
				problems.add(problem);
			}
		}
		assertThat(problems).isEmpty();
	}

	/** One reader: 15 saves of sections picked by their number, then the quiz. */
	private String read(int reader, CyclicBarrier start) throws Exception {
		Session session = open();
		start.await(1, TimeUnit.MINUTES);
		Set<String> sent = new LinkedHashSet<>();
		String lastAnswer = null;
		for (int save = 0; save < 15; save++) {
			// readers differ in which sections they read; some never finish the lesson
			String anchor = ANCHORS.get((reader + save * (1 + reader % 3)) % (reader % 4 == 0 ? 3 : 5));
			sent.add(anchor);
			HttpResponse<String> response = session.post(LESSON + "/progress", "section=" + anchor, true);
			if (response.statusCode() != 200) {
				return "reader " + reader + " save " + save + ": " + response.statusCode();
			}
			lastAnswer = response.body();
		}
		for (int n = 1; n <= 3; n++) {
			HttpResponse<String> response = session.post(LESSON + "/quiz/" + n, "answer=" + ANSWERS[(n + reader) % 3],
					false);
			if (response.statusCode() != 303) {
				return "reader " + reader + " answer " + n + ": " + response.statusCode();
			}
		}
		Set<String> expected = new LinkedHashSet<>(ANCHORS);
		expected.retainAll(sent);
		String expectedJson = "\"sectionsRead\":[" + String.join(",", expected.stream().map(a -> "\"" + a + "\"").toList()) + "]";
		if (!lastAnswer.contains(expectedJson)) {
			return "reader " + reader + ": sent " + sent + " but the last save answered " + lastAnswer;
		}
		Document page = Jsoup.parse(session.get(LESSON).body());
		List<String> marked = page.select(".toc-list__item.is-read").eachAttr("data-anchor");
		if (!marked.equals(List.copyOf(expected))) {
			return "reader " + reader + ": sent " + sent + " but the page marks " + marked;
		}
		Document results = Jsoup.parse(session.get(LESSON + "/quiz").body());
		if (results.select(".results__item").size() != 3) {
			return "reader " + reader + ": quiz answers lost: " + results.select(".quiz__count").text();
		}
		return null;
	}

	@Test
	void twoTabsOfOneReaderSavingAtTheSameMomentKeepBoth() throws Exception {
		Session session = open();
		ExecutorService tabs = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				assertThat(session.post(LESSON + "/progress/reset", "", false).statusCode()).isEqualTo(303);
				CyclicBarrier together = new CyclicBarrier(2);
				String first = ANCHORS.get(round % 5);
				String second = ANCHORS.get((round + 2) % 5);
				Callable<Integer> tabOne = () -> {
					together.await();
					return session.post(LESSON + "/progress", "section=" + first, true).statusCode();
				};
				Callable<Integer> tabTwo = () -> {
					together.await();
					return session.post(LESSON + "/progress", "section=" + second, true).statusCode();
				};
				List<Future<Integer>> answers = tabs.invokeAll(List.of(tabOne, tabTwo));
				assertThat(answers.get(0).get()).isEqualTo(200);
				assertThat(answers.get(1).get()).isEqualTo(200);
				Document page = Jsoup.parse(session.get(LESSON).body());
				assertThat(page.select(".toc-list__item.is-read").eachAttr("data-anchor")).as("round " + round)
					.containsExactlyInAnyOrder(first, second);
			}
		}
		finally {
			tabs.shutdownNow();
		}
	}

	private Session open() throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri(LESSON)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		String token = Jsoup.parse(page.body()).select("meta[name=_csrf]").attr("content");
		return new Session(cookie, token);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private final class Session {

		private final String cookie;

		private final String token;

		Session(String cookie, String token) {
			this.cookie = cookie;
			this.token = token;
		}

		HttpResponse<String> get(String path) throws Exception {
			return ConcurrentReadersTest.this.http.send(
					HttpRequest.newBuilder(uri(path)).header("Cookie", this.cookie).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form, boolean json) throws Exception {
			String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(this.token, StandardCharsets.UTF_8);
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Cookie", this.cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (json) {
				request.header("Accept", "application/json");
			}
			return ConcurrentReadersTest.this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
