package dev.lectern.web;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.lectern.web.tomcat.TurnTakingHttp11NioProtocol;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The application on a real port, over real HTTP: pages, error pages, cookies, static files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpServerTest {

	@LocalServerPort
	private int port;

	@Autowired
	private ServletWebServerApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aFirstVisitGetsTheLessonAndOnlyTheCsrfCookie() throws Exception {
		HttpResponse<String> response = get("/python-backend/introduction-to-django", "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html").contains("UTF-8"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Introduction to Django – The Framework for Perfectionists");
		assertThat(response.headers().allValues("Set-Cookie")).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=")
				.contains("HttpOnly")
				.contains("SameSite=Lax")
				.doesNotContain("Secure"));
	}

	@Test
	void theFirstSaveMakesTheReaderCookieForAYear() throws Exception {
		HttpResponse<String> save = firstSave(false);
		assertThat(save.statusCode()).isEqualTo(200);
		assertThat(readerCookie(save)).satisfies(cookie -> assertThat(cookie)
			.matches("LECTERN_READER=[0-9a-f-]{36}; .*")
			.contains("Max-Age=31536000")
			.contains("Path=/")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.doesNotContain("Secure"));
	}

	@Test
	void behindATlsProxyTheCookiesAreSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> save = firstSave(true);
		assertThat(save.statusCode()).isEqualTo(200);
		assertThat(readerCookie(save)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(save.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri("/python-backend/introduction-to-django"))
			.header("X-Forwarded-Proto", "https")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("XSRF-TOKEN=").contains("Secure");
		HttpResponse<String> plain = get("/python-backend/introduction-to-django", "text/html");
		assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/** A new visitor loads the lesson, then saves a section, over HTTPS (a TLS proxy) or not. */
	private HttpResponse<String> firstSave(boolean https) throws Exception {
		String lesson = "/python-backend/introduction-to-django";
		HttpRequest.Builder first = HttpRequest.newBuilder(uri(lesson)).GET();
		if (https) {
			first.header("X-Forwarded-Proto", "https");
		}
		HttpResponse<String> page = this.http.send(first.build(), HttpResponse.BodyHandlers.ofString());
		String csrfCookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		String token = Jsoup.parse(page.body()).select("meta[name=_csrf]").attr("content");
		HttpRequest.Builder save = HttpRequest.newBuilder(uri(lesson + "/progress"))
			.header("Cookie", csrfCookie)
			.header("X-CSRF-TOKEN", token)
			.header("Accept", "application/json")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("section=what-is-django"));
		if (https) {
			save.header("X-Forwarded-Proto", "https");
		}
		return this.http.send(save.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String readerCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("LECTERN_READER="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no reader cookie in " + response.headers().map()));
	}

	@Test
	void unknownLessonsGetTheSitesOwn404Page() throws Exception {
		for (String path : new String[] { "/python-backend/no-such-lesson", "/no-such-track", "/x/y/z",
				"/python-backend/introduction-to-django/quiz/7" }) {
			HttpResponse<String> response = get(path, "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("h1").text()).as(path).isEqualTo("We could not find that page");
			assertThat(page.select("main a[href=/]").text()).isEqualTo("Go to all tracks");
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "at dev.lectern");
		}
	}

	@Test
	void jsonClientsGetJsonErrors() throws Exception {
		HttpResponse<String> response = get("/python-backend/no-such-lesson", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).contains("json"));
		assertThat(response.body()).contains("\"status\":404").doesNotContain("trace", "exception");
	}

	@Test
	void badInputGetsA400PageThatSaysWhatWasWrong() throws Exception {
		HttpResponse<String> response = get("/python-backend/introduction-to-django/sections/nowhere", "text/html");
		assertThat(response.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Bad Request");
		assertThat(page.select(".error-page__message").text()).contains("Unknown section", "nowhere");
	}

	@Test
	void aPostWithoutCsrfTokenIsForbiddenWithAPage() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/python-backend/introduction-to-django/quiz/1"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("answer=C"))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Forbidden");
	}

	@Test
	void staticFilesHaveContentHashNamesAndAreCachedForAYear() throws Exception {
		Document page = Jsoup.parse(get("/", "text/html").body());
		String css = page.select("link[rel=stylesheet]").attr("href");
		String js = page.select("script[src]").attr("src");
		assertThat(css).matches("/assets/css/lectern-[0-9a-f]{32}\\.css");
		assertThat(js).matches("/assets/js/lectern-[0-9a-f]{32}\\.js");
		for (String path : new String[] { css, js }) {
			HttpResponse<String> response = get(path, "*/*");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
					value -> assertThat(value).contains("max-age=31536000"));
		}
	}

	@Test
	void oneKeptAliveConnectionIsAnsweredRequestAfterRequest() throws Exception {
		assertThat(this.context.getWebServer()).isInstanceOfSatisfying(TomcatWebServer.class,
				server -> assertThat(server.getTomcat().getConnector().getProtocolHandler())
					.isInstanceOf(TurnTakingHttp11NioProtocol.class));
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			DataInputStream in = new DataInputStream(socket.getInputStream());
			for (int i = 1; i <= 3; i++) {
				out.write(("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: identity\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				RawResponse response = RawResponse.read(in);
				assertThat(response.status()).as("answer " + i).isEqualTo("HTTP/1.1 200 ");
				assertThat(response.body()).as("answer " + i).contains("Sitemap:");
			}
			// a request with a body, right after an answer on the same connection
			byte[] form = "answer=C".getBytes(StandardCharsets.US_ASCII);
			out.write(("POST /python-backend/introduction-to-django/quiz/1 HTTP/1.1\r\nHost: localhost\r\n"
					+ "Accept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
					+ form.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(form);
			out.flush();
			RawResponse refused = RawResponse.read(in);
			assertThat(refused.status()).isEqualTo("HTTP/1.1 403 ");
			assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("Forbidden");
		}
	}

	/** An HTTP/1.1 answer read off a raw connection: its body has a Content-Length or is chunked. */
	private record RawResponse(String status, String body) {

		static RawResponse read(DataInputStream in) throws IOException {
			String status = line(in);
			int length = -1;
			boolean chunked = false;
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
					length = Integer.parseInt(header.substring(15).trim());
				}
				chunked |= header.equalsIgnoreCase("Transfer-Encoding: chunked");
			}
			assertThat(length >= 0 || chunked).as("the body's end is known").isTrue();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (chunked) {
				for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
					body.write(in.readNBytes(size));
					line(in);
				}
				line(in);
			}
			else {
				body.write(in.readNBytes(length));
			}
			return new RawResponse(status, body.toString(StandardCharsets.UTF_8));
		}

		private static String line(DataInputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new EOFException("connection closed after: " + line);
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
