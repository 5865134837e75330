package dev.lectern.reader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lectern.Reader;
import dev.lectern.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What reading, saving and answering leave in the database. */
class ReaderRowsTest extends WebTestSupport {

	private static final String DJANGO = "/python-backend/introduction-to-django";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private NewReaderLimit limit;

	@Test
	void aThousandRequestsWithoutACookieAddNoRowToAnyTable() {
		List<String> urls = List.of("/", "/python-backend", DJANGO, DJANGO + "/contents", DJANGO + "/quiz",
				DJANGO + "/quiz/2", DJANGO + "/sections/key-features", "/python-backend/flask-rest-api",
				"/sitemap.xml", "/feed.atom");
		for (String url : urls) {
			newReader().get(url); // fills the content caches
		}
		Map<String, Long> before = rowCounts();

		for (int i = 0; i < 1000; i++) {
			String url = urls.get(i % urls.size());
			MvcTestResult result = newReader().get(url);
			assertThat(result.getResponse().getStatus()).as(url).isIn(200, 303);
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as(url)
				.allSatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="));
		}

		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void aRetakeStartsANewAttemptAndKeepsTheFirst() {
		Reader reader = newReader();
		reader.page(DJANGO);
		assertThat(reader.post(DJANGO + "/quiz/1", "answer", "A")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(reader.post(DJANGO + "/quiz/1", "answer", "C")).hasStatus(HttpStatus.CONFLICT);
		assertThat(reader.post(DJANGO + "/quiz/reset")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(reader.post(DJANGO + "/quiz/1", "answer", "C")).hasStatus(HttpStatus.SEE_OTHER);

		assertThat(reader.page(DJANGO + "/quiz/1").select(".feedback__verdict").text()).contains("You chose C. MVT.");
		List<String> attempts = this.jdbc
			.sql("SELECT attempt || ':' || letter FROM reader_answer WHERE reader_id = ? ORDER BY attempt")
			.param(reader.cookie(Reader.READER_COOKIE))
			.query(String.class)
			.list();
		assertThat(attempts).containsExactly("1:A", "2:C");
	}

	@Test
	void newReadersAreLimitedPerClientAddress() {
		String crowded = "198.51.100.7";
		while (this.limit.allow(crowded)) {
			// this address has made as many readers as it may this minute
		}
		long readers = count("READER");
		Reader script = newReader().from(crowded);
		script.page(DJANGO);

		// the seconds until the minute is over, as the limit tells them before and after the save
		long atMost = this.limit.retryAfterSeconds();
		MvcTestResult save = script.postJson(DJANGO + "/progress", "section", "what-is-django");
		long atLeast = this.limit.retryAfterSeconds();
		assertThat(save).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(save.getResponse().getHeader("Retry-After"))).isBetween(atLeast, atMost);
		assertThat(save).bodyJson().extractingPath("$.detail").asString().startsWith("Too many new readers");
		MvcTestResult answer = script.post(DJANGO + "/quiz/1", "answer", "C");
		assertThat(answer).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Reader.html(answer).select("main").text()).contains("Too many new readers from your network");
		assertThat(script.cookie(Reader.READER_COOKIE)).isNull();
		assertThat(count("READER")).isEqualTo(readers);

		Reader elsewhere = newReader().from("203.0.113.20");
		elsewhere.page(DJANGO);
		assertThat(elsewhere.postJson(DJANGO + "/progress", "section", "what-is-django")).hasStatusOk();
		assertThat(count("READER")).isEqualTo(readers + 1);
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : this.jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' ORDER BY table_name""")
			.query(String.class)
			.list()) {
			counts.put(table, count(table));
		}
		assertThat(counts).containsKeys("READER", "READER_VISIT", "READER_ANSWER", "SPRING_SESSION");
		return counts;
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM \"" + table + "\"").query(Long.class).single();
	}

}
