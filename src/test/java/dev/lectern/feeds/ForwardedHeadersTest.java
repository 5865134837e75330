package dev.lectern.feeds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy that terminates TLS, the URLs read as the world sees them, taken from the
 * X-Forwarded-* headers of a trusted proxy (Tomcat's remote-IP valve). The tests connect
 * from this machine, which is the proxy Lectern trusts by default; that the headers of
 * anyone else are ignored is in {@code web/ContextPathTest}. Whatever the proxy says, the
 * HTML shared between readers does not change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersTest {

	private static final String DJANGO = "/python-backend/introduction-to-django";

	@LocalServerPort
	private int port;

	@Autowired
	private CacheManager caches;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSitemapUsesTheForwardedSchemeAndHost() throws Exception {
		HttpResponse<String> response = get("/sitemap.xml", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"learn.example.org");
		assertThat(SitemapTest.urls(response.body().getBytes(StandardCharsets.UTF_8)).keySet())
			.allSatisfy(url -> assertThat(url).startsWith("https://learn.example.org/"))
			.contains("https://learn.example.org/python-backend/introduction-to-django");
		// a shared cache keeps one copy per forwarded host
		assertThat(response.headers().allValues("Vary").toString()).contains("X-Forwarded-Host", "X-Forwarded-Proto");
	}

	@Test
	void theFeedAndRobotsTxtToo() throws Exception {
		HttpResponse<String> feed = get("/feed.atom", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"learn.example.org", "X-Forwarded-Port", "8443");
		Element root = Xml.root(feed.body().getBytes(StandardCharsets.UTF_8));
		assertThat(Xml.text(root, AtomFeed.NAMESPACE, "id")).isEqualTo("https://learn.example.org:8443/feed.atom");
		HttpResponse<String> robots = get("/robots.txt", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"learn.example.org");
		assertThat(robots.body()).contains("Sitemap: https://learn.example.org/sitemap.xml");
	}

	@Test
	void theCanonicalLinkOfALessonPage() throws Exception {
		Document page = Jsoup.parse(get(DJANGO + "?q=3", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"lectern.example.net").body());
		assertThat(PageMetaTest.canonical(page)).isEqualTo("https://lectern.example.net" + DJANGO);
		assertThat(PageMetaTest.meta(page, "property", "og:url")).isEqualTo("https://lectern.example.net" + DJANGO);
	}

	@Test
	void hostileHeadersOnTheFirstViewOfALessonDoNotReachTheNextReader() throws Exception {
		// the first view of the lesson since start-up renders the text that every reader shares
		this.caches.getCache("lessonTexts").clear();
		Document hostile = Jsoup.parse(get(DJANGO, "X-Forwarded-Prefix", "/x", "X-Forwarded-Host", "evil.example",
				"X-Forwarded-Proto", "https", "Forwarded", "proto=https;host=evil.example").body());
		assertThat(sharedLinks(hostile)).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("/python-backend/"));

		HttpResponse<String> clean = get(DJANGO);
		Document page = Jsoup.parse(clean.body());
		assertThat(sharedLinks(page)).hasSizeGreaterThan(2)
			.contains(DJANGO + "/contents")
			.allSatisfy(href -> assertThat(href).startsWith("/python-backend/"));
		assertThat(clean.body()).doesNotContain("/x/", "evil.example");
		assertThat(PageMetaTest.canonical(page)).isEqualTo("http://localhost:" + this.port + DJANGO);
	}

	/** The links of the part of the lesson page rendered once for every reader: pager, related lessons, help. */
	private static List<String> sharedLinks(Document page) {
		return page.select(".pager a, .related a, .help a")
			.eachAttr("href")
			.stream()
			.filter(href -> !href.startsWith("http") && !href.startsWith("#"))
			.toList();
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
