package dev.lectern.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lectern.WebTestSupport;
import dev.lectern.content.Catalogue;
import dev.lectern.content.LessonSummary;
import dev.lectern.content.TrackContent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.lectern.feeds.Sitemap.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

/** The sitemap as a crawler reads it: absolute URLs of every page, lessons with their last change. */
class SitemapTest extends WebTestSupport {

	@Autowired
	private Catalogue catalogue;

	@Test
	void listsTheHomePageEveryTrackAndEveryLessonWithAbsoluteUrls() {
		Map<String, String> lastmod = urls(newReader().get("/sitemap.xml"));
		assertThat(lastmod).containsExactly(Map.entry("http://localhost/", ""),
				Map.entry("http://localhost/python-backend", ""),
				Map.entry("http://localhost/python-backend/flask-rest-api", "2026-10-20"),
				Map.entry("http://localhost/python-backend/introduction-to-django", "2026-11-02"),
				Map.entry("http://localhost/python-backend/django-mvc-mvt", "2026-11-10"));
	}

	@Test
	void everyLessonInTheCatalogueIsThereWithItsUpdatedOnDate() {
		Map<String, String> lastmod = urls(newReader().get("/sitemap.xml"));
		List<String> expected = new ArrayList<>();
		for (TrackContent track : this.catalogue.tracks()) {
			assertThat(lastmod).containsKey("http://localhost" + track.path());
			for (LessonSummary lesson : track.lessons()) {
				expected.add(lesson.path());
				assertThat(lastmod).containsEntry("http://localhost" + lesson.path(), lesson.updatedOn().toString());
			}
		}
		assertThat(lastmod.values().stream().filter(date -> !date.isEmpty())).hasSameSizeAs(expected);
	}

	@Test
	void isPublicXmlCacheableForAnHourWithoutASession() {
		MvcTestResult result = newReader().get("/sitemap.xml");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_XML);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=3600, public");
		assertThat(result.getResponse().getHeader("Pragma")).isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	/** Parses the sitemap: loc to lastmod, in document order ("" where there is no lastmod). */
	static Map<String, String> urls(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return urls(result.getResponse().getContentAsByteArray());
	}

	/** The sitemap's URLs, each with its lastmod ("" when it has none). */
	static Map<String, String> urls(byte[] sitemap) {
		Element urlset = Xml.root(sitemap);
		assertThat(urlset.getNamespaceURI()).isEqualTo(NAMESPACE);
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		Map<String, String> urls = new LinkedHashMap<>();
		for (Element url : Xml.children(urlset, NAMESPACE, "url")) {
			List<Element> lastmod = Xml.children(url, NAMESPACE, "lastmod");
			String previous = urls.put(Xml.text(url, NAMESPACE, "loc"),
					lastmod.isEmpty() ? "" : lastmod.get(0).getTextContent());
			assertThat(previous).as("each URL once").isNull();
		}
		return urls;
	}

}
