package dev.lectern.content;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.lectern.LecternApplication;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database of the version before lessons were files: V1–V6 applied, the first lessons
 * inserted by V3–V5 (their scripts kept in src/test/resources/db/previous-content), readers'
 * rows. The new version starts on it with no manual step and every reader keeps their place.
 */
class UpgradeFromPreviousVersionTest {

	private static final String URL = "jdbc:h2:mem:upgrade;DB_CLOSE_DELAY=-1";

	private static final String DJANGO = "python-backend/introduction-to-django";

	/**
	 * One connection for the whole test: H2 keeps a check constraint bound to the session
	 * that created it, and an in-memory database whose creating session closed fails them.
	 */
	private final SingleConnectionDataSource dataSource = new SingleConnectionDataSource(URL, "sa", "", true);

	private final JdbcClient jdbc = JdbcClient.create(this.dataSource);

	@AfterEach
	void closeTheConnection() {
		this.dataSource.destroy();
	}

	@Test
	void theNewVersionStartsOnAnOldDatabaseAndKeepsItsReaders() throws Exception {
		Flyway.configure()
			.dataSource(this.dataSource)
			.locations("classpath:db/migration", "classpath:db/previous-content")
			.target("6")
			.load()
			.migrate();
		assertThat(count("SELECT count(*) FROM lesson")).isEqualTo(3);
		String reader = UUID.randomUUID().toString();
		OffsetDateTime now = OffsetDateTime.now();
		this.jdbc.sql("INSERT INTO reader (id, created_at, last_seen_at) VALUES (?, ?, ?)").params(reader, now, now).update();
		for (String anchor : new String[] { "what-is-django", "key-features" }) {
			this.jdbc.sql("INSERT INTO reader_visit (reader_id, lesson_key, anchor, visited_at) VALUES (?, ?, ?, ?)")
				.params(reader, DJANGO, anchor, now)
				.update();
		}
		this.jdbc.sql("INSERT INTO reader_lesson (reader_id, lesson_key, synced_at, attempt) VALUES (?, ?, ?, 1)")
			.params(reader, DJANGO, now)
			.update();
		this.jdbc.sql("INSERT INTO reader_answer (reader_id, lesson_key, attempt, question, letter, answered_at)"
				+ " VALUES (?, ?, 1, 1, 'A', ?)")
			.params(reader, DJANGO, now)
			.update();
		Map<String, Long> lessons = ids("SELECT slug, id FROM lesson");
		Map<String, Long> sections = ids("SELECT anchor || '@' || lesson_id, id FROM section");

		try (ConfigurableApplicationContext app = start()) {
			assertThat(count("SELECT count(*) FROM \"flyway_schema_history\" WHERE \"version\" = '7' AND \"success\"")).isEqualTo(1);
			// the same rows, updated in place; the new columns filled from the files
			assertThat(ids("SELECT slug, id FROM lesson")).isEqualTo(lessons);
			assertThat(ids("SELECT anchor || '@' || lesson_id, id FROM section")).isEqualTo(sections);
			assertThat(count("SELECT count(*) FROM quiz_option WHERE feedback IS NOT NULL")).isEqualTo(27);
			assertThat(count("SELECT revision FROM content_state")).isEqualTo(1);

			Document page = get(app, "/" + DJANGO, reader);
			assertThat(page.select(".toc-list__item.is-read").eachAttr("data-anchor"))
				.containsExactly("what-is-django", "key-features");
			assertThat(get(app, "/" + DJANGO + "/quiz/1", reader).select(".feedback__verdict").text())
				.contains("You chose A. MVC.");
			assertThat(get(app, "/" + DJANGO + "/quiz/1", reader).select(".feedback__option").text())
				.startsWith("MVC is the pattern Django is compared with");
			// V10 summarised the rows for the insights pages
			assertThat(count("SELECT count(*) FROM reader_lesson WHERE visited = 'key-features what-is-django'"
					+ " AND first_answers = '1A' AND first_visit_at IS NOT NULL AND reader_id = '" + reader + "'"))
				.isEqualTo(1);
		}
		// started again on the same files: nothing to write
		try (ConfigurableApplicationContext app = start()) {
			assertThat(count("SELECT revision FROM content_state")).isEqualTo(1);
		}
		assertThat(count("SELECT count(*) FROM reader_visit WHERE reader_id = '" + reader + "'")).isEqualTo(2);
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LecternApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + URL);
	}

	private static Document get(ConfigurableApplicationContext app, String path, String reader)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", "LECTERN_READER=" + reader)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private Map<String, Long> ids(String sql) {
		return this.jdbc.sql(sql)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
