package dev.lectern.reader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.lectern.LecternApplication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's progress lives in the database, not in the server: a second application on
 * the same database (a restart, or another instance) picks up the session where the first
 * left it.
 */
class SessionRestartTest {

	private static final String LESSON = "/python-backend/introduction-to-django";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void progressAndAnswersSurviveARestart() throws Exception {
		Path dir = Files.createTempDirectory("restart-");
		String url = "jdbc:h2:file:" + dir.resolve("lectern").toAbsolutePath() + ";WRITE_DELAY=0";
		String cookie;
		try (ConfigurableApplicationContext first = start(url)) {
			HttpResponse<String> jump = send(first, "GET", LESSON + "/sections/core-architecture-mvt", null, null);
			assertThat(jump.statusCode()).isEqualTo(303);
			cookie = jump.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
			Document page = Jsoup.parse(send(first, "GET", LESSON, cookie, null).body());
			String token = page.select("meta[name=_csrf]").attr("content");
			HttpResponse<String> answer = send(first, "POST", LESSON + "/quiz/1", cookie,
					"answer=A&_csrf=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
			assertThat(answer.statusCode()).isEqualTo(303);
		}
		assertThat(dir.resolve("lectern.mv.db")).as("the H2 file the first instance wrote").exists();
		try (ConfigurableApplicationContext second = start(url)) {
			Document page = Jsoup.parse(send(second, "GET", LESSON, cookie, null).body());
			assertThat(page.select(".toc-list__item.is-read").eachAttr("data-anchor"))
				.containsExactly("core-architecture-mvt");
			assertThat(page.select(".last-sync").text()).isEqualTo("Last Sync: just now");
			Document question = Jsoup.parse(send(second, "GET", LESSON + "/quiz/1", cookie, null).body());
			assertThat(question.select(".feedback__verdict").text()).contains("You chose A. MVC.");
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		// as arguments, so that they outrank the test's in-memory database (config/application.properties)
		return new SpringApplicationBuilder(LecternApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.main.banner-mode=off");
	}

	private HttpResponse<String> send(ConfigurableApplicationContext context, String method, String path,
			String cookie, String form) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded");
			request.method(method, HttpRequest.BodyPublishers.ofString(form));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
