package dev.lectern.web;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application, killed with SIGKILL straight after it acknowledged a save,
 * restarts on the same H2 files without repair, and the save is there.
 */
class CrashRecoveryIT {

	private static final String LESSON = "/python-backend/introduction-to-django";

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void anAcknowledgedSaveSurvivesKillDashNine() throws Exception {
		Path data = Files.createTempDirectory("crash-");
		int port = freePort();
		String cookie;
		Process first = start(data, port);
		try {
			awaitUp(first, port);
			HttpResponse<String> page = get(port, LESSON, null);
			cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
			String token = Jsoup.parse(page.body()).select("meta[name=_csrf]").attr("content");
			HttpResponse<String> answer = post(port, LESSON + "/quiz/1", cookie, "answer=C", token);
			assertThat(answer.statusCode()).isEqualTo(303);
			HttpResponse<String> save = post(port, LESSON + "/progress", cookie,
					"section=what-is-django&section=why-choose-django", token);
			assertThat(save.statusCode()).isEqualTo(200);
			assertThat(save.body()).contains("\"sectionsRead\":[\"what-is-django\",\"why-choose-django\"]");
		}
		finally {
			first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
			first.waitFor();
		}

		Process second = start(data, port);
		try {
			awaitUp(second, port);
			Document page = Jsoup.parse(get(port, LESSON, cookie).body());
			assertThat(page.select(".toc-list__item.is-read").eachAttr("data-anchor"))
				.containsExactly("what-is-django", "why-choose-django");
			Document question = Jsoup.parse(get(port, LESSON + "/quiz/1", cookie).body());
			assertThat(question.select(".feedback__verdict").text()).startsWith("Correct!");
		}
		finally {
			second.destroy();
			second.waitFor();
		}
	}

	private static Process start(Path data, int port) throws IOException {
		String jar = System.getProperty("lectern.jar");
		assertThat(jar).as("the packaged jar (system property lectern.jar)").isNotNull();
		assertThat(new File(jar)).exists();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(List.of(java, "-Xshare:auto", "-jar", jar, "--server.port=" + port,
				"--spring.main.banner-mode=off"))
			.directory(data.toFile())
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("app-" + System.nanoTime() + ".log").toFile())
			.start();
	}

	private void awaitUp(Process process, int port) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the application process").isTrue();
			try {
				if (get(port, "/actuator/health", null).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(300);
		}
		throw new AssertionError("the application did not start within 120 s");
	}

	private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(int port, String path, String cookie, String form, String token)
			throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Cookie", cookie)
			.header("Accept", "application/json")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
