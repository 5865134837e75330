package dev.lectern.reader;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.lectern.HttpBrowser;
import dev.lectern.LecternApplication;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's progress lives in the database, not in the server: a second application on
 * the same database (a restart, or another instance) knows the reader by their cookie.
 */
class ReaderRestartTest {

	private static final String LESSON = "/python-backend/introduction-to-django";

	@Test
	void progressAndAnswersSurviveARestart() throws Exception {
		Path dir = Files.createTempDirectory("restart-");
		String url = "jdbc:h2:file:" + dir.resolve("lectern").toAbsolutePath() + ";WRITE_DELAY=0";
		HttpBrowser browser;
		try (ConfigurableApplicationContext first = start(url)) {
			browser = new HttpBrowser(port(first));
			browser.get(LESSON);
			assertThat(browser.get(LESSON + "/sections/core-architecture-mvt").statusCode()).isEqualTo(303);
			assertThat(browser.post(LESSON + "/quiz/1", "answer=A").statusCode()).isEqualTo(303);
			assertThat(browser.cookie("LECTERN_READER")).isNotNull();
		}
		assertThat(dir.resolve("lectern.mv.db")).as("the H2 file the first instance wrote").exists();
		try (ConfigurableApplicationContext second = start(url)) {
			HttpBrowser again = browser.on(port(second));
			Document page = again.page(LESSON);
			assertThat(page.select(".toc-list__item.is-read").eachAttr("data-anchor"))
				.containsExactly("core-architecture-mvt");
			assertThat(page.select(".last-sync").text()).isEqualTo("Last Sync: just now");
			Document question = again.page(LESSON + "/quiz/1");
			assertThat(question.select(".feedback__verdict").text()).contains("You chose A. MVC.");
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static ConfigurableApplicationContext start(String url) {
		// as arguments, so that they outrank the test's in-memory database (config/application.properties)
		return new SpringApplicationBuilder(LecternApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.main.banner-mode=off");
	}

}
