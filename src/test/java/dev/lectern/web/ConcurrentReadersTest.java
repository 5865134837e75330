package dev.lectern.web;

import java.net.http.HttpResponse;
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

import dev.lectern.HttpBrowser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many readers at once, and one reader in two tabs: every save is kept, nobody sees an error.
 * Saves commute (a visit is an insert-if-absent), so no lock is needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentReadersTest {

	private static final String LESSON = "/python-backend/introduction-to-django";

	private static final List<String> ANCHORS = List.of("what-is-django", "the-batteries-included-philosophy",
			"core-architecture-mvt", "key-features", "why-choose-django");

	private static final String[] ANSWERS = { "C", "B", "D" };

	@LocalServerPort
	private int port;

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
		HttpBrowser session = open();
		start.await(1, TimeUnit.MINUTES);
		Set<String> sent = new LinkedHashSet<>();
		String lastAnswer = null;
		for (int save = 0; save < 15; save++) {
			// readers differ in which sections they read; some never finish the lesson
			String anchor = ANCHORS.get((reader + save * (1 + reader % 3)) % (reader % 4 == 0 ? 3 : 5));
			sent.add(anchor);
			HttpResponse<String> response = session.postJson(LESSON + "/progress", "section=" + anchor);
			if (response.statusCode() != 200) {
				return "reader " + reader + " save " + save + ": " + response.statusCode();
			}
			lastAnswer = response.body();
		}
		for (int n = 1; n <= 3; n++) {
			HttpResponse<String> response = session.post(LESSON + "/quiz/" + n, "answer=" + ANSWERS[(n + reader) % 3]);
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
		HttpBrowser session = open();
		// the first save makes the reader; from then on both tabs save as that reader
		assertThat(session.postJson(LESSON + "/progress", "section=what-is-django").statusCode()).isEqualTo(200);
		ExecutorService tabs = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				assertThat(session.post(LESSON + "/progress/reset", "").statusCode()).isEqualTo(303);
				CyclicBarrier together = new CyclicBarrier(2);
				String first = ANCHORS.get(round % 5);
				String second = ANCHORS.get((round + 2) % 5);
				Callable<Integer> tabOne = () -> {
					together.await();
					return session.postJson(LESSON + "/progress", "section=" + first).statusCode();
				};
				Callable<Integer> tabTwo = () -> {
					together.await();
					return session.postJson(LESSON + "/progress", "section=" + second).statusCode();
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

	/** A reader who has loaded the lesson and saved once (which makes the reader). */
	private HttpBrowser open() {
		HttpBrowser browser = new HttpBrowser(this.port);
		assertThat(browser.get(LESSON).statusCode()).isEqualTo(200);
		return browser;
	}

}
