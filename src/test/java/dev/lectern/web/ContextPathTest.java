package dev.lectern.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lectern.HttpBrowser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lectern served under a path ({@code server.servlet.context-path=/learn}), on a real port:
 * the main flows (read, jump, save, answer, retake, 404) work, and every link, form action,
 * redirect, static file, sitemap and feed entry and error page carries {@code /learn}.
 * <p>
 * The same context also names a proxy that is not this machine (192.0.2.0/24), so the
 * forwarded headers the tests send from here come from an untrusted address and must be
 * ignored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.servlet.context-path=/learn", "server.tomcat.remoteip.internal-proxies=192.0.2.0/24" })
class ContextPathTest {

	private static final String LESSON = "/learn/python-backend/introduction-to-django";

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyPageLinksUnderThePath() {
		HttpBrowser browser = new HttpBrowser(this.port);
		for (String path : new String[] { "/learn/", "/learn/python-backend", LESSON, LESSON + "/contents",
				LESSON + "/quiz", LESSON + "/quiz/2" }) {
			HttpResponse<String> response = browser.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertLinksUnderLearn(path, Jsoup.parse(response.body()));
		}
		Document lesson = browser.page(LESSON);
		assertThat(lesson.select(".toc-panel").attr("data-sync-url")).isEqualTo(LESSON + "/progress");
		assertThat(lesson.select("link[rel=canonical]").attr("href")).isEqualTo(base() + LESSON);
	}

	@Test
	void staticFilesAndTheHealthCheckAreUnderThePath() {
		HttpBrowser browser = new HttpBrowser(this.port);
		Document home = browser.page("/learn/");
		String css = home.select("link[rel=stylesheet]").attr("href");
		String js = home.select("script[src]").attr("src");
		assertThat(css).matches("/learn/assets/css/lectern-[0-9a-f]{32}\\.css");
		assertThat(js).matches("/learn/assets/js/lectern-[0-9a-f]{32}\\.js");
		for (String path : new String[] { css, js, home.select("link[rel=icon]").attr("href"),
				"/learn/actuator/health" }) {
			assertThat(browser.get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void aReaderJumpsSavesAnswersAndRetakesUnderThePath() {
		HttpBrowser reader = new HttpBrowser(this.port);
		assertThat(reader.get(LESSON).headers().firstValue("Set-Cookie").orElseThrow()).startsWith("XSRF-TOKEN=")
			.contains("Path=/learn");

		HttpResponse<String> jump = reader.get(LESSON + "/sections/key-features");
		assertThat(jump.statusCode()).isEqualTo(303);
		assertThat(location(jump)).isEqualTo(LESSON + "#key-features");
		// the recorded visit made the reader, whose cookie is for the path only
		assertThat(jump.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("LECTERN_READER="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("Path=/learn"));

		HttpResponse<String> save = reader.postJson(LESSON + "/progress", "section=what-is-django");
		assertThat(save.statusCode()).isEqualTo(200);
		assertThat(save.body()).contains("\"sectionsRead\":[").contains("what-is-django", "key-features");
		assertThat(reader.page(LESSON).select(".toc-panel .toc-list__item.is-read")).hasSize(2);

		HttpResponse<String> answer = reader.post(LESSON + "/quiz/1", "answer=B");
		assertThat(answer.statusCode()).isEqualTo(303);
		assertThat(location(answer)).startsWith(LESSON + "/quiz/1");
		Document feedback = reader.page(location(answer).replaceFirst("#.*", ""));
		assertThat(feedback.select("#feedback")).hasSize(1);
		assertLinksUnderLearn("feedback", feedback);

		HttpResponse<String> fromLesson = reader.post(LESSON + "/quiz/2", "answer=B&from=lesson");
		assertThat(fromLesson.statusCode()).isEqualTo(303);
		assertThat(location(fromLesson)).startsWith(LESSON + "?q=2");

		HttpResponse<String> retake = reader.post(LESSON + "/quiz/reset", "");
		assertThat(retake.statusCode()).isEqualTo(303);
		assertThat(location(retake)).isEqualTo(LESSON + "/quiz");
		assertThat(reader.page(LESSON + "/quiz").select(".quiz__q").text()).isEqualTo("Q1");

		HttpResponse<String> reset = reader.post(LESSON + "/progress/reset", "from=contents");
		assertThat(reset.statusCode()).isEqualTo(303);
		assertThat(location(reset)).isEqualTo(LESSON + "/contents");
		assertThat(reader.page(LESSON).select(".toc-panel .toc-list__item.is-read")).isEmpty();
	}

	@Test
	void errorPagesLinkUnderThePath() throws Exception {
		HttpBrowser browser = new HttpBrowser(this.port);
		HttpResponse<String> missing = browser.get("/learn/python-backend/no-such-lesson");
		assertThat(missing.statusCode()).isEqualTo(404);
		Document notFound = Jsoup.parse(missing.body());
		assertThat(notFound.select("main a.button").attr("href")).isEqualTo("/learn/");
		assertLinksUnderLearn("404", notFound);

		HttpResponse<String> bad = browser.get(LESSON + "/sections/nowhere");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertLinksUnderLearn("400", Jsoup.parse(bad.body()));

		// an address Tomcat refuses before the application sees it gets the static page
		RawHttp.Response refused = RawHttp.send(this.port,
				RawHttp.request("GET", "/learn/python-backend/a%2fb".getBytes(StandardCharsets.US_ASCII),
						Map.of("Accept", "text/html"), null));
		assertThat(refused.status()).isEqualTo(400);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("h1").text()).isEqualTo("Lectern could not read that address");
		assertLinksUnderLearn("Tomcat's 400", page);
	}

	@Test
	void theSitemapFeedAndRobotsNameThePath() throws Exception {
		String sitemap = get("/learn/sitemap.xml").body();
		List<String> locations = Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText();
		assertThat(locations).contains(base() + "/learn/", base() + LESSON)
			.allSatisfy(url -> assertThat(url).startsWith(base() + "/learn/"));

		Document feed = Jsoup.parse(get("/learn/feed.atom").body(), "", org.jsoup.parser.Parser.xmlParser());
		assertThat(feed.select("feed > id").text()).isEqualTo(base() + "/learn/feed.atom");
		assertThat(feed.select("link").eachAttr("href")).contains(base() + LESSON)
			.allSatisfy(url -> assertThat(url).startsWith(base() + "/learn/"));

		assertThat(get("/learn/robots.txt").body()).contains("Disallow: /learn/*/*/sections/",
				"Disallow: /learn/actuator/", "Sitemap: " + base() + "/learn/sitemap.xml");
	}

	@Test
	void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
		String[] hostile = { "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example", "X-Forwarded-Port",
				"8443", "X-Forwarded-Prefix", "/x", "Forwarded", "proto=https;host=evil.example",
				"X-Forwarded-For", "203.0.113.9" };
		HttpResponse<String> sitemap = get("/learn/sitemap.xml", hostile);
		assertThat(sitemap.body()).contains("<loc>" + base() + "/learn/</loc>").doesNotContain("evil", "https:");

		HttpResponse<String> page = get(LESSON, hostile);
		Document lesson = Jsoup.parse(page.body());
		assertThat(lesson.select("link[rel=canonical]").attr("href")).isEqualTo(base() + LESSON);
		assertLinksUnderLearn("lesson", lesson);
		// still plain HTTP as far as Lectern knows: no Secure cookie, no HSTS
		assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/**
	 * Every link, source and form action of the page that points into this server starts with
	 * /learn/; links to other sites and to places on the page are left alone.
	 */
	private void assertLinksUnderLearn(String page, Document document) {
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Element element : document.select("[href], [src], [action], [data-sync-url]")) {
			for (String attribute : new String[] { "href", "src", "action", "data-sync-url" }) {
				String value = element.attr(attribute);
				String path = value.startsWith(base()) ? value.substring(base().length()) : value;
				if (path.startsWith("/")) {
					checked++;
					if (!path.startsWith("/learn/")) {
						wrong.add(attribute + "=" + value);
					}
				}
				else if (value.startsWith("http://localhost")) {
					wrong.add(attribute + "=" + value);
				}
			}
		}
		assertThat(checked).as(page + ": links checked").isGreaterThan(3);
		assertThat(wrong).as(page).isEmpty();
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
