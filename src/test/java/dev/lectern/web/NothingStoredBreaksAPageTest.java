package dev.lectern.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import dev.lectern.HttpBrowser;
import dev.lectern.pages.LessonViewStatementsTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the session store holds, and whatever goes wrong while a page is rendered, the
 * reader gets a whole page: the page itself, or the site's 500 page with a log line. Never an
 * empty 200. Over real HTTP, with Tomcat's error handling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ LessonViewStatementsTest.CountingDataSource.class, NothingStoredBreaksAPageTest.BrokenPage.class })
@ExtendWith(OutputCaptureExtension.class)
public class NothingStoredBreaksAPageTest {

	private static final String LESSON = "/python-backend/introduction-to-django";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aSessionWhoseAttributesCannotBeReadBackCountsAsAbsent(CapturedOutput output) {
		String sessionId = storeSessionWithGarbage();
		HttpBrowser reader = new HttpBrowser(this.port);
		reader.setCookie("LECTERN_SESSION", Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8)));

		Document lesson = ok(reader.get(LESSON));
		assertThat(lesson.select("h1").text()).isEqualTo("Introduction to Django – The Framework for Perfectionists");
		assertThat(lesson.select(".toc-list__item")).hasSize(5);
		assertThat(lesson.select("#quiz .quiz__prompt").text()).isEqualTo("What architectural pattern does Django follow?");
		assertThat(ok(reader.get("/python-backend")).select(".lesson-card")).hasSize(3);
		assertThat(ok(reader.get(LESSON + "/quiz")).select(".quiz__count").text()).isEqualTo("Q1 of 3");

		HttpResponse<String> save = reader.postJson(LESSON + "/progress", "section=key-features");
		assertThat(save.statusCode()).isEqualTo(200);
		assertThat(ok(reader.get(LESSON)).select(".toc-list__item.is-read").eachAttr("data-anchor"))
			.containsExactly("key-features");
		assertThat(output.getOut()).containsOnlyOnce("A stored session attribute could not be read back");
	}

	@Test
	void aPageThatFailsWhileRenderingIsTheErrorPageAndALogLine(CapturedOutput output) {
		HttpResponse<String> response = new HttpBrowser(this.port).get("/test/broken-page");

		assertThat(response.statusCode()).isEqualTo(500);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("header.site-header")).hasSize(1);
		assertThat(page.select("main h1").text()).isNotBlank();
		assertThat(response.body()).doesNotContain("Rendered so far", "rendering failed on purpose", "Exception");
		assertThat(output.getOut() + output.getErr()).contains("rendering failed on purpose")
			.containsPattern("\\s+at dev\\.lectern\\.web\\.NothingStoredBreaksAPageTest\\$Exploding\\.getTitle");
	}

	@Test
	void aClientThatSendsNoAcceptHeaderGetsTheErrorPageToo() throws Exception {
		java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
		HttpResponse<String> response = plain.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/test/broken-page"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Jsoup.parse(response.body()).select("header.site-header")).hasSize(1);
	}

	/** A session as a deployment with other classes would have left it: bytes nobody can read. */
	private String storeSessionWithGarbage() {
		String primaryId = UUID.randomUUID().toString();
		String sessionId = UUID.randomUUID().toString();
		long now = System.currentTimeMillis();
		this.jdbc.sql("INSERT INTO SPRING_SESSION VALUES (?, ?, ?, ?, ?, ?, NULL)")
			.params(primaryId, sessionId, now, now, (int) Duration.ofDays(30).toSeconds(),
					now + Duration.ofDays(30).toMillis())
			.update();
		for (String attribute : new String[] { "SPRING_SECURITY_CONTEXT", "lectern.readerId" }) {
			this.jdbc.sql("INSERT INTO SPRING_SESSION_ATTRIBUTES VALUES (?, ?, ?)")
				.params(primaryId, attribute, new byte[] { (byte) 0xAC, (byte) 0xED, 0, 5, 's', 'r', 0, 42, 'x' })
				.update();
		}
		return sessionId;
	}

	private static Document ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/** A page whose template fails halfway through. */
	@Controller
	public static class BrokenPage {

		@GetMapping("/test/broken-page")
		String broken(Model model) {
			model.addAttribute("broken", new Exploding());
			return "test/broken";
		}

	}

	public static final class Exploding {

		public String getTitle() {
			throw new IllegalStateException("rendering failed on purpose");
		}

	}

}
