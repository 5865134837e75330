package dev.lectern.web;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.lectern.HttpBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application, killed with SIGKILL straight after it acknowledged a save,
 * restarts on the same H2 files without repair, and the save is there.
 */
class CrashRecoveryIT {

	private static final String LESSON = "/python-backend/introduction-to-django";

	@Test
	void anAcknowledgedSaveSurvivesKillDashNine() throws Exception {
		Path data = Files.createTempDirectory("crash-");
		int port = freePort();
		HttpBrowser browser = new HttpBrowser(port);
		Process first = start(data, port);
		try {
			awaitUp(first, port);
			assertThat(browser.get(LESSON).statusCode()).isEqualTo(200);
			HttpResponse<String> answer = browser.post(LESSON + "/quiz/1", "answer=C");
			assertThat(answer.statusCode()).isEqualTo(303);
			HttpResponse<String> save = browser.postJson(LESSON + "/progress",
					"section=what-is-django&section=why-choose-django");
			assertThat(save.statusCode()).isEqualTo(200);
			assertThat(save.body()).contains("\"sectionsRead\":[\"what-is-django\",\"why-choose-django\"]");
			assertThat(browser.cookie("LECTERN_READER")).as("the reader cookie").isNotNull();
		}
		finally {
			first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
			first.waitFor();
		}

		Process second = start(data, port);
		try {
			awaitUp(second, port);
			Document page = browser.page(LESSON);
			assertThat(page.select(".toc-list__item.is-read").eachAttr("data-anchor"))
				.containsExactly("what-is-django", "why-choose-django");
			Document question = browser.page(LESSON + "/quiz/1");
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
				if (new HttpBrowser(port).get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (java.io.UncheckedIOException notYet) {
				// still starting
			}
			Thread.sleep(300);
		}
		throw new AssertionError("the application did not start within 120 s");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
