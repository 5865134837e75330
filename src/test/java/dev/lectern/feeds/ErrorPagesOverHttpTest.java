package dev.lectern.feeds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 404 page is rendered by the container's error dispatch, without the page's model:
 * the layout still renders, with the feed link but no canonical URL. Over real HTTP, the
 * sitemap answers with the server's real host and port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesOverHttpTest {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void the404PageHasTheLayoutAndNoCanonicalLink() throws Exception {
		HttpResponse<String> response = get("/python-backend/no-such-lesson");
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).isEqualTo("Page not found · Lectern");
		assertThat(page.select("h1").text()).isEqualTo("We could not find that page");
		assertThat(page.select("header.site-header")).hasSize(1);
		assertThat(page.select("link[rel=canonical], meta[property^=og:]")).isEmpty();
		assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/feed.atom");
	}

	@Test
	void theSitemapNamesTheRealServer() throws Exception {
		HttpResponse<String> response = get("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/xml"));
		assertThat(response.body()).contains("<loc>http://localhost:" + this.port + "/python-backend</loc>");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
