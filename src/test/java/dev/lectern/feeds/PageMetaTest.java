package dev.lectern.feeds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lectern.Reader;
import dev.lectern.WebTestSupport;
import dev.lectern.content.Catalogue;
import dev.lectern.content.LessonSummary;
import dev.lectern.content.TrackContent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Each page tells search engines and link previews what it is and where it lives. */
class PageMetaTest extends WebTestSupport {

	private static final String DJANGO = "/python-backend/introduction-to-django";

	@Autowired
	private Catalogue catalogue;

	@Test
	void everyLessonPageHasItsTitleDescriptionCanonicalLinkAndOpenGraph() {
		for (TrackContent track : this.catalogue.tracks()) {
			for (LessonSummary lesson : track.lessons()) {
				Document page = newReader().page(lesson.path());
				String url = "http://localhost" + lesson.path();
				assertThat(page.title()).isEqualTo(lesson.title() + " · " + track.title() + " · Lectern");
				assertThat(meta(page, "name", "description")).as(url)
					.isEqualTo(lesson.summary())
					.hasSizeBetween(50, 160);
				assertThat(canonical(page)).isEqualTo(url);
				assertThat(meta(page, "property", "og:title")).isEqualTo(lesson.title());
				assertThat(meta(page, "property", "og:description")).isEqualTo(lesson.summary());
				assertThat(meta(page, "property", "og:url")).isEqualTo(url);
				assertThat(meta(page, "property", "og:type")).isEqualTo("article");
				assertThat(meta(page, "property", "og:site_name")).isEqualTo("Lectern");
				assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
			}
		}
	}

	@Test
	void theDjangoLessonSaysItInFull() {
		Document page = newReader().page(DJANGO);
		assertThat(page.title()).isEqualTo("Introduction to Django – The Framework for Perfectionists · Python Backend · Lectern");
		assertThat(canonical(page)).isEqualTo("http://localhost/python-backend/introduction-to-django");
		assertThat(meta(page, "name", "description")).startsWith("What Django is, its batteries-included philosophy");
	}

	@Test
	void theQuestionParameterIsNotPartOfTheCanonicalUrl() {
		Reader reader = newReader();
		assertThat(canonical(reader.page(DJANGO + "?q=2"))).isEqualTo("http://localhost" + DJANGO);
		assertThat(canonical(reader.page(DJANGO + "?utm_source=feed"))).isEqualTo("http://localhost" + DJANGO);
	}

	@Test
	void contentsAndQuizPagesHaveTheirOwnCanonicalUrl() {
		Reader reader = newReader();
		assertThat(canonical(reader.page(DJANGO + "/contents"))).isEqualTo("http://localhost" + DJANGO + "/contents");
		assertThat(canonical(reader.page(DJANGO + "/quiz"))).isEqualTo("http://localhost" + DJANGO + "/quiz");
		// one question of the quiz is the quiz page showing that question
		assertThat(canonical(reader.page(DJANGO + "/quiz/2"))).isEqualTo("http://localhost" + DJANGO + "/quiz");
		assertThat(meta(reader.page(DJANGO + "/quiz"), "property", "og:type")).isEqualTo("website");
	}

	@Test
	void homeAndTrackPagesToo() {
		Document home = newReader().page("/");
		assertThat(canonical(home)).isEqualTo("http://localhost/");
		assertThat(meta(home, "name", "description")).hasSizeBetween(50, 160);
		assertThat(meta(home, "property", "og:type")).isEqualTo("website");
		Document track = newReader().page("/python-backend");
		assertThat(track.title()).isEqualTo("Python Backend · Lectern");
		assertThat(canonical(track)).isEqualTo("http://localhost/python-backend");
		assertThat(meta(track, "name", "description")).hasSizeBetween(50, 160);
		assertThat(meta(track, "property", "og:title")).isEqualTo("Python Backend");
	}

	@Test
	void noTwoPagesShareATitleOrACanonicalUrl() {
		Map<String, String> titles = new HashMap<>();
		Map<String, String> canonicals = new HashMap<>();
		for (String url : List.of("/", "/python-backend", DJANGO, DJANGO + "/contents", DJANGO + "/quiz",
				"/python-backend/flask-rest-api", "/python-backend/django-mvc-mvt")) {
			Document page = newReader().page(url);
			assertThat(titles.put(page.title(), url)).as("title of " + url).isNull();
			assertThat(canonicals.put(canonical(page), url)).as("canonical of " + url).isNull();
		}
	}

	@Test
	void errorPagesKeepTheLayoutButClaimNoCanonicalUrl() {
		MvcTestResult result = newReader().get(DJANGO + "/sections/nowhere");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = Reader.html(result);
		assertThat(page.select("header.site-header")).hasSize(1);
		assertThat(page.title()).isEqualTo("400 Bad Request · Lectern");
		assertThat(page.select("link[rel=canonical], meta[property^=og:]")).isEmpty();
		assertThat(page.select("link[rel=alternate]").attr("href")).isEqualTo("/feed.atom");
	}

	static String canonical(Document page) {
		assertThat(page.select("head link[rel=canonical]")).hasSize(1);
		return page.selectFirst("head link[rel=canonical]").attr("href");
	}

	static String meta(Document page, String attribute, String name) {
		assertThat(page.select("head meta[" + attribute + "=" + name + "]")).as(name).hasSize(1);
		return page.selectFirst("head meta[" + attribute + "=" + name + "]").attr("content");
	}

}
