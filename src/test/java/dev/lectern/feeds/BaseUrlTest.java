package dev.lectern.feeds;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A configured base URL wins over whatever the request or its forwarded headers say. */
@SpringBootTest(properties = "lectern.base-url=https://lectern.example.org/learn/")
@AutoConfigureMockMvc
class BaseUrlTest {

	private static final String BASE = "https://lectern.example.org/learn";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theSitemapFeedAndRobotsUseTheBaseUrl() {
		MvcTestResult sitemap = forged("/sitemap.xml");
		assertThat(SitemapTest.urls(sitemap).keySet()).hasSize(5)
			.allSatisfy(url -> assertThat(url).startsWith(BASE + "/"))
			.contains(BASE + "/", BASE + "/python-backend/django-mvc-mvt");
		// the same for every request, so nothing to vary on
		assertThat(String.join(",", sitemap.getResponse().getHeaders("Vary"))).doesNotContain("X-Forwarded");

		Element feed = Xml.root(forged("/feed.atom").getResponse().getContentAsByteArray());
		assertThat(Xml.text(feed, AtomFeed.NAMESPACE, "id")).isEqualTo(BASE + "/feed.atom");
		assertThat(Xml.children(feed, AtomFeed.NAMESPACE, "entry"))
			.allSatisfy(entry -> assertThat(Xml.text(entry, AtomFeed.NAMESPACE, "id")).startsWith(BASE + "/"));

		assertThat(forged("/robots.txt")).bodyText().contains("Sitemap: " + BASE + "/sitemap.xml");
	}

	@Test
	void theCanonicalLinkUsesTheBaseUrl() throws Exception {
		MvcTestResult page = forged("/python-backend/introduction-to-django?q=2");
		assertThat(page).hasStatusOk();
		assertThat(PageMetaTest.canonical(Jsoup.parse(page.getResponse().getContentAsString())))
			.isEqualTo(BASE + "/python-backend/introduction-to-django");
	}

	private MvcTestResult forged(String url) {
		return this.mvc.get()
			.uri("http://internal:8080" + url)
			.header("X-Forwarded-Proto", "http")
			.header("X-Forwarded-Host", "attacker.example")
			.exchange();
	}

}
