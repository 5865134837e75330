package dev.lectern.feeds;

import java.time.Instant;
import java.util.List;

import dev.lectern.WebTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.lectern.feeds.AtomFeed.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feed as a feed reader sees it. */
class FeedTest extends WebTestSupport {

	@Test
	void hasAnEntryPerLessonNewestFirst() {
		List<Element> entries = Xml.children(feed(), NAMESPACE, "entry");
		assertThat(entries).extracting(entry -> Xml.text(entry, NAMESPACE, "title")).containsExactly(
				"Django's MVT Pattern Compared with MVC", "Introduction to Django – The Framework for Perfectionists",
				"Building REST APIs with Flask");
		assertThat(entries).extracting(entry -> Xml.text(entry, NAMESPACE, "updated"))
			.containsExactly("2026-11-10T00:00:00Z", "2026-11-02T00:00:00Z", "2026-10-20T00:00:00Z");
	}

	@Test
	void eachEntryLinksToItsLessonWithAnAbsoluteUrlAndCarriesItsSummary() {
		Element django = Xml.children(feed(), NAMESPACE, "entry").get(1);
		Element link = Xml.child(django, NAMESPACE, "link");
		assertThat(link.getAttribute("rel")).isEqualTo("alternate");
		assertThat(link.getAttribute("type")).isEqualTo("text/html");
		assertThat(link.getAttribute("href")).isEqualTo("http://localhost/python-backend/introduction-to-django");
		assertThat(Xml.text(django, NAMESPACE, "id")).isEqualTo("http://localhost/python-backend/introduction-to-django");
		assertThat(Xml.text(django, NAMESPACE, "summary")).isEqualTo(
				"What Django is, its batteries-included philosophy, the MVT architecture, its key features and why teams pick it for database-driven sites.");
		assertThat(Xml.child(django, NAMESPACE, "category").getAttribute("term")).isEqualTo("python-backend");
	}

	@Test
	void hasWhatRfc4287RequiresOfAFeedAndItsEntries() {
		Element feed = feed();
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(Xml.text(feed, NAMESPACE, "title")).isEqualTo("Lectern");
		assertThat(Xml.text(feed, NAMESPACE, "id")).isEqualTo("http://localhost/feed.atom");
		assertThat(Xml.text(feed, NAMESPACE, "updated")).isEqualTo("2026-11-10T00:00:00Z");
		assertThat(Xml.text(Xml.child(feed, NAMESPACE, "author"), NAMESPACE, "name")).isEqualTo("Lectern");
		assertThat(Xml.children(feed, NAMESPACE, "link")).extracting(link -> link.getAttribute("rel") + " "
				+ link.getAttribute("href")).containsExactlyInAnyOrder("self http://localhost/feed.atom",
						"alternate http://localhost/");
		List<Element> entries = Xml.children(feed, NAMESPACE, "entry");
		assertThat(entries).extracting(entry -> Xml.text(entry, NAMESPACE, "id")).doesNotHaveDuplicates();
		for (Element entry : entries) {
			assertThat(Instant.parse(Xml.text(entry, NAMESPACE, "updated"))).isNotNull();
			assertThat(Xml.text(entry, NAMESPACE, "summary")).isNotBlank();
		}
	}

	@Test
	void isAtomCacheableForAnHourWithoutASession() {
		MvcTestResult result = newReader().get("/feed.atom");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_ATOM_XML);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=3600, public");
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
	}

	@Test
	void everyPageAdvertisesTheFeed() {
		for (String url : List.of("/", "/python-backend", "/python-backend/introduction-to-django")) {
			Document page = newReader().page(url);
			assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href")).as(url)
				.containsExactly("/feed.atom");
		}
	}

	private Element feed() {
		MvcTestResult result = newReader().get("/feed.atom");
		assertThat(result).hasStatusOk();
		Element feed = Xml.root(result.getResponse().getContentAsByteArray());
		assertThat(feed.getNamespaceURI()).isEqualTo(NAMESPACE);
		return feed;
	}

}
