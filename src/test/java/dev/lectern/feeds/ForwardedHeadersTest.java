package dev.lectern.feeds;

import dev.lectern.WebTestSupport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy that terminates TLS, the URLs read as the world sees them, taken from the
 * X-Forwarded-* (or RFC 7239 Forwarded) headers the proxy sets.
 */
class ForwardedHeadersTest extends WebTestSupport {

	private static final String DJANGO = "/python-backend/introduction-to-django";

	@Test
	void theSitemapUsesTheForwardedSchemeAndHost() {
		MvcTestResult result = this.mvc.get()
			.uri("/sitemap.xml")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "learn.example.org")
			.exchange();
		assertThat(SitemapTest.urls(result).keySet()).hasSize(5)
			.allSatisfy(url -> assertThat(url).startsWith("https://learn.example.org/"))
			.contains("https://learn.example.org/python-backend/introduction-to-django");
		// a shared cache keeps one copy per forwarded host
		assertThat(result.getResponse().getHeader("Vary")).contains("X-Forwarded-Host", "X-Forwarded-Proto");
	}

	@Test
	void theFeedAndRobotsTxtToo() {
		MvcTestResult feed = this.mvc.get()
			.uri("/feed.atom")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "learn.example.org:8443")
			.exchange();
		Element root = Xml.root(feed.getResponse().getContentAsByteArray());
		assertThat(Xml.text(root, AtomFeed.NAMESPACE, "id")).isEqualTo("https://learn.example.org:8443/feed.atom");
		MvcTestResult robots = this.mvc.get()
			.uri("/robots.txt")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "learn.example.org")
			.exchange();
		assertThat(robots).hasStatusOk().bodyText().contains("Sitemap: https://learn.example.org/sitemap.xml");
	}

	@Test
	void theCanonicalLinkOfALessonPage() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri(DJANGO + "?q=3")
			.header("Forwarded", "proto=https;host=lectern.example.net")
			.exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(PageMetaTest.canonical(Jsoup.parse(html))).isEqualTo("https://lectern.example.net" + DJANGO);
		assertThat(PageMetaTest.meta(Jsoup.parse(html), "property", "og:url")).isEqualTo("https://lectern.example.net" + DJANGO);
	}

}
